"""URL configuration given to requests whose 404 must not be redirected into a language tree.

Only LocaleMiddleware reads it, after the view ran (home/open_data.py, without_language_redirect).
"""

urlpatterns = []
