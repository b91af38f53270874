"""News cards for listings (components/card.html), remembered until published content changes.

A card shows a news item's title, address, date, introduction, publisher and picture. Building
one reads the item, its publisher, its picture and the picture's renditions, and turns them into
addresses: on the news index, most of the page's time. All of it changes only when content is
published or a picture or organisation changes, which starts a new page-cache generation
(home/page_cache.py). So each card is kept as plain values under the generation, a listing reads
its cards in one cache read, and only the items missing from the cache are loaded, with one query
for all of them and one for their renditions. The page itself is still rendered on every request.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from home.page_cache import keep_many, recall_many
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
    names = {pk: f"news-card:{site.pk if site else ''}:{pk}" for pk in ids}
    # A card is of one item in one language: the same whichever language the listing is in.
    found = recall_many(names.values(), language=False)
    missing = [pk for pk, name in names.items() if name not in found]
    if missing:
        built = {
            names[page.pk]: card_of(page, request)
            for page in for_cards(NewsPage.objects.filter(pk__in=missing))
        }
        keep_many(built, language=False)
        found.update(built)
    return [found[names[pk]] for pk in ids if names[pk] in found]


def for_cards(news):
    """`news` as cards need them: without their bodies, with their publisher and picture joined,
    and the pictures' card renditions in one more query."""
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=LISTING_IMAGE_SPECS)
    )
    return (
        news.defer_streamfields()
        .select_related("organisation", "image")
        .prefetch_related(
            # Where Wagtail's `find_existing_renditions` looks for prefetched renditions.
            Prefetch("image__renditions", queryset=renditions, to_attr="prefetched_renditions")
        )
    )


def card_of(page, request):
    organisation = page.localized_organisation
    return NewsCard(
        title=page.title,
        url=page.get_url(request),
        date=page.date,
        intro=page.intro,
        organisation={"name": organisation.name} if organisation else None,
        picture=picture_of(page.image) if page.image else None,
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
