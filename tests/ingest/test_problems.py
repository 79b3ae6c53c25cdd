from influscope.ingest.problems import ImportFailed, Problem


def test_a_problem_reads_as_file_sheet_row_column_value_and_reason():
    problem = Problem(
        file="campaign.xlsx",
        sheet="posts",
        row=14,
        column="likes",
        value="12,5kk",
        reason="is not a number",
    )
    assert str(problem) == 'campaign.xlsx › posts › row 14 › likes: "12,5kk" is not a number'


def test_a_problem_without_row_or_value_names_only_what_it_knows():
    problem = Problem(
        file="campaign.xlsx", sheet="comptes", column="plateforme", reason="column is missing"
    )
    assert str(problem) == "campaign.xlsx › comptes › plateforme: column is missing"


def test_a_csv_file_is_not_named_twice_as_file_and_sheet():
    problem = Problem(
        file="export/publications.csv",
        sheet="publications",
        row=3,
        column="format",
        value="tiktok",
        reason="is not a format",
    )
    assert str(problem) == 'export/publications.csv › row 3 › format: "tiktok" is not a format'


def test_import_failed_lists_every_problem():
    problems = [
        Problem(file="c.xlsx", sheet="posts", row=2, column="url", value="x", reason="is bad"),
        Problem(file="c.xlsx", reason="has none of the sheets"),
    ]
    error = ImportFailed(problems)
    assert error.problems == problems
    assert str(error) == (
        "2 problems found, nothing was imported:\n"
        '  c.xlsx › posts › row 2 › url: "x" is bad\n'
        "  c.xlsx: has none of the sheets"
    )
