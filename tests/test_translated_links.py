"""A page translated with wagtail-localize names organisations and topics in its own language."""

from wagtail.models import Locale
from wagtail_localize.operations import translate_object

from tests.conftest import translate, translate_snippet
from tests.factories import (
    FundingLineFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    TopicFactory,
)


def test_a_ukrainian_news_item_in_swedish_names_the_publisher_and_topics_in_swedish(client, homes):
    swedish = Locale.objects.get(language_code="sv")
    publisher = OrganisationFactory(name="Lvivs regionala administration")
    uk_publisher = translate_snippet(publisher, "uk", name="Львівська ОВА")
    topic = TopicFactory(name="Lokal demokrati", slug="lokal-demokrati")
    uk_topic = translate_snippet(topic, "uk", name="Місцева демократія")
    sv_index = NewsIndexPageFactory(parent=homes["sv"])
    uk_index = translate(sv_index, "uk", slug="novyny")
    news = NewsPageFactory(
        parent=uk_index, slug="vizyt", organisation=uk_publisher, topics=[uk_topic]
    )

    translate_object(news, [swedish])
    swedish_news = news.get_translation(swedish)
    swedish_news.save_revision().publish()

    html = client.get(swedish_news.url).content.decode()
    assert "Publicerad av Lvivs regionala administration" in html
    assert "Lokal demokrati" in html
    assert "Львівська ОВА" not in html
    assert "Місцева демократія" not in html
    publisher.refresh_from_db()
    assert publisher.name == "Lvivs regionala administration"  # not re-translated from Ukrainian


def test_a_translated_project_names_its_funders_in_its_own_language(client, homes):
    swedish = Locale.objects.get(language_code="sv")
    funder = OrganisationFactory(name="Internationellt centrum för lokal demokrati")
    uk_funder = translate_snippet(funder, "uk", name="Міжнародний центр місцевої демократії")
    sv_dashboard = ProjectIndexPageFactory(parent=homes["sv"])
    uk_dashboard = translate(sv_dashboard, "uk", slug="proiekty")
    project = ProjectPageFactory(parent=uk_dashboard, slug="hromada")
    FundingLineFactory(project=project, locale=project.locale, funder=uk_funder)

    translate_object(project, [swedish])
    swedish_project = project.get_translation(swedish)
    swedish_project.save_revision().publish()

    html = client.get(swedish_project.url).content.decode()
    assert "<td>Internationellt centrum för lokal demokrati</td>" in html
    assert "Міжнародний центр місцевої демократії" not in html
