from django import template

from home.handoff import review_status

register = template.Library()


@register.inclusion_tag("home/handoff/review_status.html", takes_context=True)
def translation_review_status(context, page):
    """The review bar above the translation editor (home/handoff.py)."""
    return {
        "status": review_status(page, context["request"].user),
        "csrf_token": context.get("csrf_token"),
    }
