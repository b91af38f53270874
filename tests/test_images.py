"""Pictures: responsive WebP renditions with their size given, made once and reused."""

import re

from wagtail.images.models import Rendition
from wagtail_factories import ImageFactory

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
