from django.core.paginator import Paginator
from django.http import Http404


def paginate(request, items, per_page):
    """The requested page of `items`: a missing, non-numeric or negative page number gives the first
    page; a number past the last page is a 404 rather than a quiet repeat of the last page."""
    paginator = Paginator(items, per_page)
    try:
        number = max(int(request.GET.get("page", 1)), 1)
    except (TypeError, ValueError):
        number = 1
    if number > paginator.num_pages:
        raise Http404("No such page")
    return paginator.page(number)
