"""Read a rendered page as a visitor does: its parsed elements and visible text, not literal markup."""

from bs4 import BeautifulSoup


def parsed(response):
    return BeautifulSoup(response.content, "html.parser")


def texts(response, selector):
    """The visible text of each element matching the CSS `selector`, spaces collapsed."""
    return [" ".join(element.get_text(" ").split()) for element in parsed(response).select(selector)]


def selected_option(response, select_name):
    """The value of the chosen <option> of the <select name=...>, or None."""
    option = parsed(response).select_one(f'select[name="{select_name}"] option[selected]')
    return option["value"] if option else None


def link(response, rel):
    """The href of the first <a rel=...> (pagination's "prev"/"next"), or None."""
    anchor = parsed(response).select_one(f'a[rel="{rel}"]')
    return anchor["href"] if anchor else None
