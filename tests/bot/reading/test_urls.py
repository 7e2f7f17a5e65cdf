from bot.reading.urls import normalize_url, same_site


def test_normalize_drops_tracking_fragment_default_port_and_case():
    url = "HTTPS://News.Example.COM:443/a/b?utm_source=x&id=7&fbclid=1&gclid=2#top"
    assert normalize_url(url) == "https://news.example.com/a/b?id=7"


def test_normalize_keeps_meaningful_query_and_other_ports():
    assert normalize_url("http://x.example:8080/p?page=2") == "http://x.example:8080/p?page=2"
    assert normalize_url("http://x.example") == "http://x.example/"


def test_same_site():
    assert same_site("https://www.example.com/a", "https://example.com/b")
    assert same_site("https://news.example.co.uk/a", "https://www.example.co.uk/b")
    assert not same_site("https://example.com/", "https://example.org/")
