"""Page addresses in plain ASCII: Cyrillic titles give transliterated slugs (home/slugs.py)."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from home.slugs import slug_for
from news.models import NewsPage
from tests.admin_forms import add_page, saved_draft
from tests.conftest import translate
from tests.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Львів", "lviv"),
        ("Жовква", "zhovkva"),
        ("Харків", "kharkiv"),
        ("Згорани", "zghorany"),
        ("Юрій Ярослав", "yurii-yaroslav"),
        ("Обʼєднання громад", "obiednannia-hromad"),
        ("Їжакевич", "yizhakevych"),
        ("Mötesplats Alingsås", "motesplats-alingsas"),
        ("Новий водогін у Жовкві!", "novyi-vodohin-u-zhovkvi"),
    ],
)
def test_titles_give_ascii_slugs_by_the_ukrainian_national_transliteration(title, slug):
    assert slug_for(title) == slug


@pytest.fixture
def ukrainian_news_index(homes):
    swedish = NewsIndexPageFactory(parent=homes["sv"], title="Nyheter", slug="nyheter")
    return translate(swedish, "uk", title="Новини", slug="novyny")


def test_a_ukrainian_title_typed_in_the_admin_gives_an_ascii_address(
    admin_client, ukrainian_news_index
):
    """The page editor fills the slug from the title as typed, in Cyrillic."""
    response = add_page(
        admin_client,
        ukrainian_news_index,
        NewsPage,
        {
            "title": "Новий водогін у Жовкві",
            "slug": "новий-водогін-у-жовкві",
            "date": "2026-11-05",
            "intro": "Воду підвели до школи.",
        },
    )

    page = saved_draft(response, NewsPage, "novyi-vodohin-u-zhovkvi")
    assert page.url_path.endswith("/novyny/novyi-vodohin-u-zhovkvi/")


def test_a_page_made_without_a_slug_gets_one_from_its_title(ukrainian_news_index):
    page = NewsPageFactory(parent=ukrainian_news_index, title="Делегація у Львові", slug="")
    assert page.slug == "delehatsiia-u-lvovi"


def test_a_second_page_with_the_same_title_gets_a_free_slug(ukrainian_news_index):
    NewsPageFactory(parent=ukrainian_news_index, title="Зустріч у Львові", slug="")
    second = NewsPageFactory(parent=ukrainian_news_index, title="Зустріч у Львові", slug="")
    assert second.slug == "zustrich-u-lvovi-1"


def test_a_translation_gets_its_slug_from_its_own_translated_title(homes, ukrainian_news_index):
    original = NewsPageFactory(
        parent=ukrainian_news_index, title="Новий водогін у Жовкві", slug="vodohin"
    )
    source, _created = TranslationSource.get_or_create_from_instance(original)
    swedish = Locale.objects.get(language_code="sv")
    translation = source.translations.create(target_locale=swedish)
    title = source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        locale=swedish,
        context=title.context,
        data="Ny vattenledning i Zjovkva",
    )

    translation.save_target()

    page = original.get_translation(swedish)
    assert page.title == "Ny vattenledning i Zjovkva"
    assert page.slug == "ny-vattenledning-i-zjovkva"
    assert original.slug == "vodohin"


def test_a_published_page_keeps_its_address(ukrainian_news_index):
    page = NewsPageFactory(parent=ukrainian_news_index, title="Новини громади", slug="hromada")
    page.title = "Нова назва"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.slug == "hromada"
