import factory
import wagtail_factories

from home.models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Alingsås och Lvivregionen"
    intro = "Ett samarbete för Ukraina."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sida {n}")
    intro = "En sida om partnerskapet."

    class Meta:
        model = ContentPage
