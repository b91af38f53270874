import pytest
from django.core.exceptions import ValidationError

from home.blocks import CallToActionBlock
from tests.factories import ContentPageFactory


def test_call_to_action_without_a_target_is_refused(db):
    block = CallToActionBlock()
    value = block.to_python({"text": "Läs mer", "page": None, "external_url": ""})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_call_to_action_with_two_targets_is_refused(homes):
    block = CallToActionBlock()
    value = block.to_python(
        {"text": "Läs mer", "page": homes["sv"].pk, "external_url": "https://www.alingsas.se"}
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_call_to_action_to_a_page_links_to_its_translation(client, homes):
    ContentPageFactory(
        parent=homes["en"],
        slug="cta",
        body=[("call_to_action", {"text": "Home", "page": homes["sv"], "external_url": ""})],
    )

    html = client.get("/en/cta/").content.decode()

    assert '<a class="button" href="/en/">Home</a>' in html


def test_body_blocks_render_accessibly(client, homes):
    ContentPageFactory(
        parent=homes["sv"],
        slug="block",
        body=[
            ("heading", {"text": "Bakgrund", "level": "h2"}),
            ("paragraph", "<p>Alingsås deltar i <b>GR:s</b> samarbete.</p>"),
            ("quote", {"text": "Nu är det kommunens tur.", "attribution": "Motionen"}),
            (
                "call_to_action",
                {"text": "Till startsidan", "page": homes["sv"], "external_url": ""},
            ),
            (
                "table",
                {
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Beslutspunkter",
                    "data": [["Punkt", "Ansvarig"], ["1", "Kommunfullmäktige"]],
                },
            ),
        ],
    )

    html = client.get("/sv/block/").content.decode()

    assert "<h2>Bakgrund</h2>" in html
    assert "<b>GR:s</b>" in html
    assert "<figcaption>— Motionen</figcaption>" in html
    assert '<a class="button" href="/sv/">Till startsidan</a>' in html
    assert "<caption>Beslutspunkter</caption>" in html
    assert '<th scope="col"' in html
    assert 'aria-label="Beslutspunkter"' in html
