"""The admin's logout, which signs out on a POST only.

Wagtail's LogoutView deletes the session cookie in `dispatch`, whatever the method, so a GET
(a link or an image on any page, even another site's) answered 405 but signed the editor out.
Delete this module and its URL in portal/urls.py when Wagtail's view deletes the cookie only
after a logout (tests/test_security.py, test_only_a_post_logs_out, says whether it does).
"""

from django.contrib.auth import views as auth_views
from wagtail.admin.views.account import LogoutView as WagtailLogoutView


class LogoutView(WagtailLogoutView):
    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST":
            return super().dispatch(request, *args, **kwargs)
        # Django's own view: 405 to a GET, the allowed methods to OPTIONS, the session intact.
        return auth_views.LogoutView.dispatch(self, request, *args, **kwargs)
