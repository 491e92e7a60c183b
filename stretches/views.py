from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from sitewide.caching import cache_for_everyone, searched_or_respelt
from sitewide.http import HtmxHttpRequest
from stretches.forms import StretchFilterForm
from stretches.models import Stretch
from stretches.search import spelling_suggestion

STRETCHES_PER_PAGE = 48


@require_safe
@cache_for_everyone(params=(*StretchFilterForm.base_fields, "page"))
@vary_on_headers("HX-Request")
def stretch_list(request: HtmxHttpRequest) -> HttpResponse:
    form = StretchFilterForm(request.GET)
    stretches = Stretch.objects.published().for_cards()
    # A hand-edited or stale link gets a 400 that says what was wrong; the filters that were
    # understood still apply, so the page stays useful.
    status = 200 if form.is_valid() else 400
    stretches = form.filter(stretches)
    page = Paginator(stretches, STRETCHES_PER_PAGE).get_page(request.GET.get("page"))
    suggestion = None
    if not page.paginator.count and form.cleaned_data.get("q"):
        suggestion = spelling_suggestion(form.cleaned_data["q"], Stretch.objects.vocabulary())
    template_name = "stretches/stretch_list.html"
    if request.htmx and not request.htmx.history_restore_request:
        template_name += "#results"
    context = {"form": form, "page": page, "suggestion": suggestion}
    response = render(request, template_name, context, status=status)
    if searched_or_respelt(request, page_number=page.number):
        patch_cache_control(response, private=True)
    return response


@require_safe
@cache_for_everyone
def stretch_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    stretch = get_object_or_404(
        Stretch.objects.published().prefetch_related("areas", "muscles", "steps", "sources"),
        slug=slug,
    )
    return render(request, "stretches/stretch_detail.html", {"stretch": stretch})


@require_safe
def stretch_video(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """The demo video's iframe, loaded only when a visitor asks for it."""
    stretch = get_object_or_404(Stretch.objects.published(), slug=slug)
    if not stretch.video_embed_url:
        raise Http404("This stretch has no video that can be played here.")
    if not request.htmx:
        return redirect(stretch.video_url)
    return render(request, "stretches/stretch_detail.html#video", {"stretch": stretch})
