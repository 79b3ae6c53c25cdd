"""The evaluation command cross-validates every contender and writes its table into the docs."""

import json

from bench.authenticity.run import END, START, evaluate, render, write_docs

from tests.discover.followers import labelled

KEYS = {
    "userFollowerCount": "followers",
    "userFollowingCount": "following",
    "userMediaCount": "posts",
    "userBiographyLength": "bio_length",
    "userHasProfilPic": "has_profile_pic",
    "userIsPrivate": "is_private",
    "usernameLength": "username_length",
    "usernameDigitCount": "username_digits",
}


def test_evaluation_prints_precision_recall_and_f1_and_updates_the_docs(tmp_path):
    profiles, labels = labelled(300, 0.17, seed=12)
    records = [
        {**{k: int(getattr(p, f)) for k, f in KEYS.items()}, "isFake": int(label)}
        for p, label in zip(profiles, labels, strict=True)
    ]
    (tmp_path / "accounts.json").write_text(json.dumps(records), encoding="utf-8")
    results, fakes, total = evaluate(tmp_path, folds=3, repeats=1)
    assert total == 300 and fakes == sum(labels)
    forest = next(r for r in results if "Influscope" in r["contender"])
    assert forest["f1"][0] > 0.9
    block = render(results, fakes, total, 3, 1)
    assert "| Contender | Precision | Recall | F1 |" in block
    docs = tmp_path / "discovery.md"
    docs.write_text(f"# Title\n\n{START}\nsuperseded\n{END}\n\nAfter.\n", encoding="utf-8")
    write_docs(block, docs)
    text = docs.read_text(encoding="utf-8")
    assert "superseded" not in text and block in text and text.endswith("After.\n")
