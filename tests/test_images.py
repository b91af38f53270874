"""Pictures: responsive WebP renditions with their size given, made once and reused."""

import re

from wagtail.images.models import Rendition
from wagtail.test.utils.form_data import nested_form_data
from wagtail_factories import ImageFactory
from wagtail_localize.models import TranslationSource

from news.models import NewsPage
from tests.admin_forms import EMPTY_FORM, add_url, left_empty
from tests.factories import NewsIndexPageFactory, NewsPageFactory


def img_tags(html):
    return re.findall(r"<img [^>]*>", html)


def test_cards_and_news_pages_offer_webp_in_several_widths(client, homes):
    index = NewsIndexPageFactory(parent=homes["sv"])
    item = NewsPageFactory(parent=index, image=ImageFactory(file__width=2000, file__height=1200))

    [card] = img_tags(client.get(index.url).content.decode())
    assert re.findall(r"\.webp (\d+)w", card) == ["320", "640", "960"]
    assert 'sizes="' in card
    assert 'height="180"' in card and 'width="320"' in card  # aspect ratio: no layout shift
    assert 'loading="lazy"' in card

    [lead] = img_tags(client.get(item.url).content.decode())
    assert re.findall(r"\.webp (\d+)w", lead) == ["480", "800", "1200", "1600"]
    assert re.search(r'height="\d+"', lead) and re.search(r'width="\d+"', lead)


def test_renditions_are_made_once_and_reused(client, homes):
    index = NewsIndexPageFactory(parent=homes["sv"])
    for _ in range(3):
        NewsPageFactory(parent=index, image=ImageFactory())
    client.get(index.url)
    made = Rendition.objects.count()
    assert made == 9
    client.get(index.url)
    client.get(index.url + "?page=1")
    assert Rendition.objects.count() == made


def publish_news_with_image(client, index, **image_fields):
    image = ImageFactory(title="lviv_meeting")
    return client.post(
        add_url(index, NewsPage),
        nested_form_data(
            {
                **left_empty("comments"),
                **EMPTY_FORM[NewsPage],
                "title": "Möte i Lviv",
                "slug": "mote-i-lviv",
                "date": "2026-11-05",
                "image": image.pk,
                "action-publish": "publish",
                **image_fields,
            }
        ),
    )


def test_a_news_image_cannot_be_published_without_saying_what_it_shows(admin_client, homes):
    index = NewsIndexPageFactory(parent=homes["sv"])

    response = publish_news_with_image(admin_client, index)

    assert response.status_code == 200
    assert "image_alt" in response.context["form"].errors
    assert "Möte i Lviv" in response.content.decode()  # the form keeps what was typed
    assert not NewsPage.objects.filter(slug="mote-i-lviv", live=True).exists()


def test_a_news_images_alternative_text_is_shown_not_its_file_name(admin_client, client, homes):
    index = NewsIndexPageFactory(parent=homes["sv"])

    publish_news_with_image(admin_client, index, image_alt="Delegationen framför rådhuset.")

    page = NewsPage.objects.get(slug="mote-i-lviv", live=True)
    [lead] = img_tags(client.get(page.url).content.decode())
    assert 'alt="Delegationen framför rådhuset."' in lead


def test_a_decorative_news_image_has_empty_alternative_text(admin_client, client, homes):
    index = NewsIndexPageFactory(parent=homes["sv"])

    publish_news_with_image(admin_client, index, image_is_decorative="on")

    page = NewsPage.objects.get(slug="mote-i-lviv", live=True)
    [lead] = img_tags(client.get(page.url).content.decode())
    assert 'alt=""' in lead
    assert "lviv_meeting" not in lead


def test_the_alternative_text_is_translated_with_the_page(homes):
    index = NewsIndexPageFactory(parent=homes["sv"])
    page = NewsPageFactory(parent=index, image=ImageFactory(), image_alt="Delegationen i Alingsås.")

    source, _created = TranslationSource.get_or_create_from_instance(page)

    texts = [segment.string.data for segment in source.stringsegment_set.all()]
    assert "Delegationen i Alingsås." in texts
