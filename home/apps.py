from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from wagtail.admin.forms.models import register_form_field_override
        from wagtail.fields import StreamField

        from home.admin_labels import make_chooser_labels_lazy
        from home.forms import StreamFormField
        from home.signal_handlers import register_signal_handlers

        make_chooser_labels_lazy()
        register_signal_handlers()
        register_form_field_override(StreamField, override={"form_class": StreamFormField})
