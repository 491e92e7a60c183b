"""
Which sources a page of Upright may cite. Every stretch, cause and red flag cites at least one
primary source: a health service, a guideline body, a professional body, a major clinic's
patient pages, or a peer-reviewed paper through its DOI or PubMed page. Secondary sources
(reference sites that clinicians use) may back them up. Anything else is refused: mirrors and
copies of NHS text, content farms, advertising pages, catalogue entries. https only.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError

PRIMARY = {
    "nhs.uk": "the NHS, and NHS trusts on their nhs.uk sites",
    "nice.org.uk": "NICE and its Clinical Knowledge Summaries",
    "csp.org.uk": "the Chartered Society of Physiotherapy",
    "versusarthritis.org": "Versus Arthritis",
    "mayoclinic.org": "Mayo Clinic",
    "clevelandclinic.org": "Cleveland Clinic",
    "hopkinsmedicine.org": "Johns Hopkins Medicine",
    "medlineplus.gov": "MedlinePlus (US National Library of Medicine)",
    "pubmed.ncbi.nlm.nih.gov": "a peer-reviewed paper on PubMed",
    "ncbi.nlm.nih.gov": "a peer-reviewed paper in PubMed Central",
    "doi.org": "a peer-reviewed paper through its DOI",
}
SECONDARY = {
    "physio-pedia.com": "Physiopedia, a physiotherapists' reference",
    "acefitness.org": "the American Council on Exercise's exercise library",
    "msdmanuals.com": "the MSD Manual (consumer edition)",
    "merckmanuals.com": "the Merck Manual (consumer edition)",
}


def domain_of(url: str) -> str | None:
    """The listed domain a URL's host belongs to (www.nhs.uk and a trust's site → nhs.uk)."""
    host = (urlsplit(url).hostname or "").lower()
    for domain in (*PRIMARY, *SECONDARY):
        if host == domain or host.endswith(f".{domain}"):
            return domain
    return None


def is_primary(url: str) -> bool:
    return domain_of(url) in PRIMARY


def validate_source_url(url: str) -> None:
    if urlsplit(url).scheme != "https":
        raise ValidationError("Sources must be https links.", code="not_https")
    if domain_of(url) is None:
        raise ValidationError(
            "Cite the NHS, NICE, the CSP, Versus Arthritis, Mayo Clinic, Cleveland Clinic, "
            "Johns Hopkins, MedlinePlus or a peer-reviewed paper (DOI or PubMed); Physiopedia, "
            "ACE or the MSD Manual may back them up. Copies, mirrors and other sites are not "
            "accepted.",
            code="not_allowed",
        )


def validate_has_primary(urls: list[str]) -> None:
    if not any(is_primary(url) for url in urls):
        raise ValidationError("Cite at least one primary source (see the list under each link).")
