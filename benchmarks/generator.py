"""A large portal site for the benchmark, generated from a fixed seed.

The demo site (`load_demo_content`) gives the structure in every language: home pages, indexes,
partners, topics and organisations. On top of it come `news` news items and `projects` projects
per language, each with its translations linked by a shared translation key, pictures, topics,
milestones, progress updates and funding lines, and all of it in the search index.

Adding 30,000 pages one `add_child` at a time takes many minutes, so pages are written in bulk:
their tree paths are computed here and each table gets one INSERT per batch. Nothing else writes
pages this way; it is only correct because the benchmark site is never edited.
"""

import datetime
import io
import itertools
import random
import uuid
from decimal import Decimal

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from benchmarks.vocabulary import FILLER, NOUNS, VERBS, lexicon, zipf_weights
from home.choices import OrganisationKind
from home.compat import insert_rows
from home.models import Organisation, Topic
from news.models import NewsIndexPage, NewsPage
from partnership.choices import Currency, FundingStatus, MilestoneStatus, ProjectStatus
from partnership.models import (
    FundingLine,
    ProgressUpdate,
    ProjectIndexPage,
    ProjectMilestone,
    ProjectPage,
)

SEED = 2026
BATCH = 500
IMAGE_COUNT = 6
FIRST_DATE = datetime.date(2016, 1, 1)
SLUG_PREFIX = {"news": "bench-news", "project": "bench-project"}


def generate(news, projects, stdout=None):
    """Build the site into the current database: the demo site first, then the bulk pages."""
    say = stdout.write if stdout else (lambda text: None)
    call_command("load_demo_content", stdout=io.StringIO())
    say("Demo site loaded.")
    rng = random.Random(SEED)
    locales = {code: Locale.objects.get(language_code=code) for code, _name in settings.LANGUAGES}
    with transaction.atomic():
        images = make_images()
        news_pages = add_news(rng, locales, news, images)
        say(f"{len(news_pages)} news items written.")
        project_pages = add_projects(rng, locales, projects)
        say(f"{len(project_pages)} projects written.")
    index_pages(NewsPage, news_pages)
    index_pages(ProjectPage, project_pages)
    say("Search index updated.")


def generated_news_count():
    """How many generated news items per language the database holds."""
    count = NewsPage.objects.filter(slug__startswith=SLUG_PREFIX["news"]).count()
    return count // len(settings.LANGUAGES)


def make_images():
    """A few small pictures in different colours, shared by all news items."""
    images = []
    for number in range(IMAGE_COUNT):
        image = get_image_model()(
            title=f"Benchmark picture {number + 1}",
            file=ImageFile(picture(number), name=f"bench-{number + 1}.png"),
        )
        image.save()
        images.append(image)
    return images


def picture(number):
    buffer = io.BytesIO()
    colour = (40 * number % 256, 90 + 25 * number, 200 - 30 * number)
    PillowImage.new("RGB", (1200, 675), colour).save(buffer, "PNG")
    return buffer


def restore_image_files():
    """Draw the pictures again where the database outlived the media folder (a new checkout)."""
    for number in range(IMAGE_COUNT):
        for image in get_image_model().objects.filter(title=f"Benchmark picture {number + 1}"):
            if not image.file.storage.exists(image.file.name):
                image.file.storage.save(image.file.name, picture(number))
                image.renditions.all().delete()


class Writer:
    """Text in one language with Zipf-distributed words; `subject` is what one item is about."""

    def __init__(self, rng, language):
        self.rng = rng
        self.language = language
        self.nouns = NOUNS[language]
        self.noun_weights = list(itertools.accumulate(zipf_weights(len(self.nouns))))
        self.words = lexicon(language)
        self.word_weights = list(itertools.accumulate(zipf_weights(len(self.words))))
        self.subject = self.nouns[:2]

    def about(self, item):
        """Item `item` is about two nouns, the common ones far more often; its translations
        are about the same two."""
        chooser = random.Random(f"subject-{item}")
        first, second = chooser.choices(self.nouns, cum_weights=self.noun_weights, k=2)
        self.subject = [first, second]

    def noun(self):
        return self.rng.choice(self.rng.choice(self.subject))

    def sentence(self, words=12):
        parts = []
        for _ in range(words):
            kind = self.rng.random()
            if kind < 0.15:
                parts.append(self.noun())
            elif kind < 0.25:
                parts.append(self.rng.choice(VERBS[self.language]))
            elif kind < 0.55:
                parts.append(self.rng.choice(FILLER[self.language]))
            else:
                parts.append(self.rng.choices(self.words, cum_weights=self.word_weights)[0])
        text = " ".join(parts)
        return text[0].upper() + text[1:] + "."

    def title(self):
        noun = self.subject[0][0]
        verb = self.rng.choice(VERBS[self.language])
        return f"{noun.capitalize()} {verb} {self.noun()}"

    def body(self, paragraphs=3):
        return [
            ("paragraph", f"<p>{self.sentence(18)} {self.sentence()}</p>")
            for _ in range(paragraphs)
        ]


def add_news(rng, locales, count, images):
    pages = []
    keys = [uuid.UUID(int=rng.getrandbits(128)) for _ in range(count)]
    for code, locale in locales.items():
        index = NewsIndexPage.objects.get(locale=locale)
        organisations = publishers(locale)
        topics = list(Topic.objects.filter(locale=locale))
        children = []
        topic_links = []
        writer = Writer(rng, code)
        for number in range(count):
            writer.about(number)
            page = NewsPage(
                title=writer.title(),
                slug=f"{SLUG_PREFIX['news']}-{number + 1}",
                intro=writer.sentence(),
                body=writer.body(),
                date=FIRST_DATE + datetime.timedelta(days=number * 3650 // count),
                image=images[number % len(images)],
                image_alt=writer.sentence(),
                organisation=organisations[number % len(organisations)],
                locale=locale,
                translation_key=keys[number],
            )
            children.append(page)
            topic_links.append(rng.sample(topics, 2))
        insert_children(index, children)
        through = NewsPage.topics.through
        through.objects.bulk_create(
            [
                through(newspage_id=page.pk, topic_id=topic.pk)
                for page, topics in zip(children, topic_links, strict=True)
                for topic in topics
            ],
            batch_size=BATCH,
        )
        pages.extend(children)
    return pages


def add_projects(rng, locales, count):
    pages = []
    keys = [uuid.UUID(int=rng.getrandbits(128)) for _ in range(count)]
    part_keys = [[uuid.UUID(int=rng.getrandbits(128)) for _ in range(6)] for _ in range(count)]
    statuses = list(ProjectStatus)
    for code, locale in locales.items():
        index = ProjectIndexPage.objects.get(locale=locale)
        organisations = publishers(locale)
        funders = list(Organisation.objects.filter(locale=locale, kind=OrganisationKind.FUNDER))
        topics = list(Topic.objects.filter(locale=locale))
        writer = Writer(rng, code)
        children = []
        for number in range(count):
            writer.about(-1 - number)  # not the subjects of the news with the same number
            children.append(
                ProjectPage(
                    title=writer.title(),
                    slug=f"{SLUG_PREFIX['project']}-{number + 1}",
                    intro=writer.sentence(),
                    body=writer.body(2),
                    status=statuses[number % len(statuses)],
                    start_date=FIRST_DATE + datetime.timedelta(days=number * 7),
                    end_date=FIRST_DATE + datetime.timedelta(days=number * 7 + 730),
                    organisation=organisations[number % len(organisations)],
                    locale=locale,
                    translation_key=keys[number],
                )
            )
        insert_children(index, children)
        add_project_parts(writer, children, part_keys, locale, funders or organisations)
        through = ProjectPage.topics.through
        through.objects.bulk_create(
            [
                through(projectpage_id=page.pk, topic_id=topic.pk)
                for page in children
                for topic in rng.sample(topics, 2)
            ],
            batch_size=BATCH,
        )
        partners = ProjectPage.partners.through
        partners.objects.bulk_create(
            [
                partners(projectpage_id=page.pk, organisation_id=organisations[n % 3].pk)
                for n, page in enumerate(children)
            ],
            batch_size=BATCH,
        )
        pages.extend(children)
    return pages


def publishers(locale):
    return list(Organisation.objects.filter(locale=locale).exclude(kind=OrganisationKind.FUNDER))


def add_project_parts(writer, projects, part_keys, locale, funders):
    rng = writer.rng
    milestones, updates, lines = [], [], []
    for project, keys in zip(projects, part_keys, strict=True):
        for number in range(3):
            met = number == 0
            due = project.start_date + datetime.timedelta(days=200 * (number + 1))
            milestones.append(
                ProjectMilestone(
                    project=project,
                    title=writer.sentence(5),
                    due_date=due,
                    status=MilestoneStatus.MET if met else MilestoneStatus.SCHEDULED,
                    date_met=due if met else None,
                    locale=locale,
                    translation_key=keys[number],
                )
            )
        for number in range(2):
            updates.append(
                ProgressUpdate(
                    project=project,
                    date=project.start_date + datetime.timedelta(days=90 * (number + 1)),
                    text=writer.sentence(),
                    locale=locale,
                    translation_key=keys[3 + number],
                )
            )
        lines.append(
            FundingLine(
                project=project,
                funder=funders[len(lines) % len(funders)],
                amount=Decimal(rng.randrange(50, 5000) * 1000),
                currency=Currency.SEK,
                status=FundingStatus.GRANTED,
                sort_order=0,
                locale=locale,
                translation_key=keys[5],
            )
        )
    ProjectMilestone.objects.bulk_create(milestones, batch_size=BATCH)
    ProgressUpdate.objects.bulk_create(updates, batch_size=BATCH)
    FundingLine.objects.bulk_create(lines, batch_size=BATCH)


def insert_children(parent, pages):
    """Write `pages` as the last children of `parent`, live, in one INSERT per table and batch.

    Django's bulk_create refuses models with a parent table, so both tables are written with the
    same low-level insert it uses (home/compat.py), the page rows first for their ids.
    """
    parent.refresh_from_db()
    last = parent.get_last_child()
    step = int(last.path[-Page.steplen :], len(Page.alphabet)) if last else 0
    now = datetime.datetime.now(datetime.UTC)
    for number, page in enumerate(pages, start=step + 1):
        page.path = parent.path + path_step(number)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
    model = type(pages[0])
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    own_fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), BATCH):
        batch = pages[start : start + BATCH]
        rows = insert_rows(Page, batch, page_fields, returning_fields=[Page._meta.pk])
        for page, (pk,) in zip(batch, rows, strict=True):
            page.pk = page.id = page.page_ptr_id = pk
            page._state.adding = False
        insert_rows(model, batch, own_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))


def path_step(number):
    """The `number`th child's step of a tree path, as treebeard writes it (Page.alphabet)."""
    base = len(Page.alphabet)
    digits = ""
    while number:
        number, digit = divmod(number, base)
        digits = Page.alphabet[digit] + digits
    return digits.rjust(Page.steplen, Page.alphabet[0])


def index_pages(model, pages):
    backend = get_search_backend()
    for start in range(0, len(pages), BATCH):
        backend.add_bulk(model, pages[start : start + BATCH])
