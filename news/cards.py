"""News cards for listings (components/card.html), cached until published content changes.

A card shows a news item's title, address, date, introduction, publisher and picture. Building
one reads the item, its publisher, its picture and the picture's renditions, and turns them into
addresses: on the news index, most of the page's time. All of it changes only when content is
published or a picture or organisation changes. So each card is cached as plain values
(home/content_cache.py), a listing reads its cards in one cache read, and only the items missing
from the cache are loaded: one query for the items, one for their pictures with the renditions.
"""

from dataclasses import dataclass
from datetime import date

from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from home.content_cache import cached_many
from news.models import NewsPage

# The card picture's sizes (components/card.html), fetched with the cards in one query.
LISTING_IMAGE_SPECS = [f"fill-{size}|format-webp" for size in ("320x180", "640x360", "960x540")]


@dataclass(frozen=True)
class Picture:
    """A card's picture: the smallest rendition as `src`, every size in `srcset`."""

    src: str
    srcset: str
    width: int
    height: int


@dataclass(frozen=True)
class NewsCard:
    title: str
    url: str
    date: date
    intro: str
    organisation: dict | None  # {"name": ...}, in the item's language where translated
    picture: Picture | None


def news_cards(ids, request):
    """The cards of the news items `ids`, in that order; items that are gone are left out."""
    site = Site.find_for_request(request)

    def name(pk):
        return f"news-card:{site.pk if site else ''}:{pk}"

    def build(missing):
        pages = list(
            NewsPage.objects.filter(pk__in=[int(one.rpartition(":")[2]) for one in missing])
            .defer_streamfields()
            .select_related("organisation")
        )
        images = get_image_model().objects.filter(pk__in={page.image_id for page in pages})
        pictures = {image.pk: image for image in images.prefetch_renditions(*LISTING_IMAGE_SPECS)}
        return {
            name(page.pk): card_of(page, pictures.get(page.image_id), request) for page in pages
        }

    # A card is of one item in one language: the same whichever language the listing is in.
    found = cached_many([name(pk) for pk in ids], build, per_language=False)
    return [found[name(pk)] for pk in ids if name(pk) in found]


def card_of(page, image, request):
    organisation = page.localized_organisation
    return NewsCard(
        title=page.title,
        url=page.get_url(request),
        date=page.date,
        intro=page.intro,
        organisation={"name": organisation.name} if organisation else None,
        picture=picture_of(image) if image else None,
    )


def picture_of(image):
    try:
        renditions = list(image.get_renditions(*LISTING_IMAGE_SPECS).values())
    except SourceImageIOError:  # the file is gone: a card without a picture, not a broken one
        return None
    smallest = renditions[0]
    return Picture(
        src=smallest.url,
        srcset=", ".join(f"{rendition.url} {rendition.width}w" for rendition in renditions),
        width=smallest.width,
        height=smallest.height,
    )
