"""The vocabulary of stretch queries: published, in an area, targeting a muscle, searched."""

from content.models import PublishedQuerySet
from content.translated import as_shown, in_every_language
from stretches.search import matching, relevance
from stretches.search import words as search_words


class StretchQuerySet(PublishedQuerySet):
    def in_area(self, area_slug: str):
        return self.filter(areas__slug=area_slug)

    def targeting(self, muscle_slug: str):
        return self.filter(muscles__slug=muscle_slug)

    def search(self, query: str):
        """Stretches matching any meaningful word of the query, best matches first."""
        condition, score = matching(query)
        if not score:
            return self  # nothing but filler words, such as "pain"
        # The muscle and area joins can repeat a stretch; filter on ids so rows stay unique.
        ids = self.model.objects.filter(condition).values("pk")
        return (
            self.filter(pk__in=ids)
            .alias(relevance=relevance(score))
            .order_by("-relevance", as_shown("name"))
        )

    def vocabulary(self) -> set[str]:
        """Every word of the published stretch and muscle names, in every language, for
        spelling suggestions."""
        names = self.published().values_list(
            *in_every_language("name"),
            *(f"muscles__{column}" for column in in_every_language("name")),
        )
        return {word for row in names for name in row if name for word in search_words(name)}

    def for_cards(self):
        return self.prefetch_related("areas")
