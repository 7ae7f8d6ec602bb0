"""docs/RECORDS.md, the record contract in the repository, lists every field of the output models."""

from pathlib import Path

from marsad.schemas import RECORD_FIELDS, DocumentRecords
from marsad.schemas.records import Citation, Location

DOC = Path(__file__).resolve().parent.parent / "docs" / "RECORDS.md"


def test_every_output_field_is_documented():
    text = DOC.read_text(encoding="utf-8")
    models = [DocumentRecords, Citation, Location, *RECORD_FIELDS.values()]
    missing = sorted({f"{m.__name__}.{name}" for m in models for name in m.model_fields if f"`{name}`" not in text})
    assert not missing, f"docs/RECORDS.md does not document {missing}"


def test_readme_points_at_the_contract_in_the_repository():
    readme = (DOC.parent.parent / "README.md").read_text(encoding="utf-8")
    assert "docs/RECORDS.md" in readme
