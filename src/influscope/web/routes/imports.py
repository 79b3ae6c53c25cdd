"""Uploading a campaign workbook: every problem shown row by row, nothing stored until clean."""

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, HTTPException, Response, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from influscope.catalogue.load import built_in_catalogue
from influscope.ingest.problems import ImportFailed
from influscope.ingest.workbook import import_workbook
from influscope.web import lookups
from influscope.web.accounts import EDITORS
from influscope.web.deps import CsrfChecked, Ctx, Id
from influscope.web.models import ImportResult, ImportsPage, ProblemPublic
from influscope.web.pages import API, render, twin

router = APIRouter()
XLSX_MAGIC = b"PK\x03\x04"


@twin(router, "/workspaces/{workspace_id}/imports", template="imports.html", model=ImportsPage)
def imports(ctx: Ctx, workspace_id: Id) -> ImportsPage:
    member = ctx.require(workspace_id, EDITORS)
    return ImportsPage(
        workspace=lookups.workspace_public(member),
        max_upload_bytes=ctx.settings.max_upload_bytes,
    )


async def _import(ctx: Ctx, workspace_id: Id, workbook: UploadFile) -> tuple[ImportsPage, int]:
    member = ctx.require(workspace_id, EDITORS)
    limit = ctx.settings.max_upload_bytes
    data = await workbook.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(413, f"The workbook is larger than {limit // (1024 * 1024)} MB")
    name = Path(workbook.filename or "workbook.xlsx").name
    # An .xlsx is a zip: anything else is refused before any parser sees it.
    if not name.lower().endswith(".xlsx") or not data.startswith(XLSX_MAGIC):
        raise HTTPException(415, "Upload an .xlsx workbook")
    catalogue = built_in_catalogue()
    with tempfile.TemporaryDirectory(prefix="influscope-upload-") as folder:
        path = Path(folder) / "workbook.xlsx"
        path.write_bytes(data)
        try:
            summary = await run_in_threadpool(
                import_workbook,
                ctx.engine,
                path,
                workspace=member.workspace,
                kpi_ids=frozenset(catalogue.kpis),
                indicator_ids=frozenset(catalogue.indicators),
            )
        except ImportFailed as failure:
            problems = [
                ProblemPublic(
                    sheet=p.sheet, row=p.row, column=p.column, value=p.value, reason=p.reason
                )
                for p in failure.problems
            ]
            result = ImportResult(file_name=name, imported=False, problems=problems, counts={})
            status = 422
        else:
            counts = {table: dict(c) for table, c in summary.counts.items()}
            result = ImportResult(file_name=name, imported=True, problems=[], counts=counts)
            status = 200
            ctx.request.app.state.data_version.bump()
    page = ImportsPage(
        workspace=lookups.workspace_public(member),
        max_upload_bytes=limit,
        result=result,
    )
    return page, status


@router.post(
    API + "/workspaces/{workspace_id}/imports",
    response_model=ImportResult,
    dependencies=[CsrfChecked],
    responses={413: {"description": "Too large"}, 415: {"description": "Not an .xlsx"}},
)
async def import_workbook_api(
    ctx: Ctx, workspace_id: Id, workbook: Annotated[UploadFile, File()], response: Response
) -> ImportResult:
    page, response.status_code = await _import(ctx, workspace_id, workbook)
    return page.result


@router.post(
    "/workspaces/{workspace_id}/imports",
    response_class=HTMLResponse,
    include_in_schema=False,
    dependencies=[CsrfChecked],
)
async def import_workbook_page(
    ctx: Ctx, workspace_id: Id, workbook: Annotated[UploadFile, File()]
) -> HTMLResponse:
    page, status = await _import(ctx, workspace_id, workbook)
    return render(ctx, "imports.html", page, status=status)
