"""Montenegrin search in either script, and đ typed as d or dj (site search and library)."""

import re

import pytest

from core.folding import fold_for_index, fold_for_search


def test_cyrillic_is_read_as_montenegrin_latin():
    assert fold_for_search("Подгорица") == "podgorica"
    assert fold_for_search("Ђурђевић, жена, чаша, џеп, Љубљана") == "djurdjevic, zena, casa, dzep, ljubljana"


def test_an_indexed_word_with_dj_is_found_as_d_and_as_dj():
    indexed = fold_for_index("Saradnja između škola").split()
    assert fold_for_search("izmedju") in indexed
    assert fold_for_search("izmedu") in indexed
    assert fold_for_search("između") in indexed


def result_links(html):
    return set(re.findall(r'<a href="(/cnr/[^"]+)"', html.split('id="main-content"')[1].split("<footer")[0]))


@pytest.mark.parametrize(("latin", "typed"), [("Podgorica", "Подгорица"), ("izmedju", "izmedu")])
def test_montenegrin_site_search_finds_the_same_either_way(client, db, latin, typed):
    expected = result_links(client.get("/cnr/search/", {"q": latin}).content.decode())
    assert any("/cnr/" in link for link in expected)
    assert result_links(client.get("/cnr/search/", {"q": typed}).content.decode()) == expected


def test_library_search_reads_cyrillic(client, db):
    latin = client.get("/cnr/resources/", {"q": "Podgorica"}).content.decode()
    cyrillic = client.get("/cnr/resources/", {"q": "Подгорица"}).content.decode()
    cards = re.compile(r'class="card__title"><a href="([^"]+)"')
    assert cards.findall(cyrillic) == cards.findall(latin)
