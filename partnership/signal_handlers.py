from django.utils import timezone
from wagtail.signals import page_published

from partnership.models import ProjectPage, ProjectStatusChange


def record_status_change(sender, instance, **kwargs):
    """Log the status each time a project is published with a status other than the last one."""
    last = instance.status_changes.order_by("-changed_at", "-pk").first()
    if last is None or last.status != instance.status:
        ProjectStatusChange.objects.create(
            project=instance, status=instance.status, changed_at=timezone.now()
        )


def register_signal_handlers():
    page_published.connect(record_status_change, sender=ProjectPage)
