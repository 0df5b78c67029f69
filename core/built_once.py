"""The SQL of a page's regular queries, built once per process; each request fills in its values.

Django builds a query's SQL from its expressions on every call. On this site that costs more than
running the query: at 1,000 items per model (SQLite) the home page spent about 14 of its 38 ms
building SQL and 2 ms running it, and a listing of three news items took 3.7 ms to read, of which
1.2 ms were left once its SQL was built (figures and the choice: docs/decisions/0009).

`fetch(build, *values, shape=())` returns `list(build(*shape, *values))`, the same rows and objects
(select_related, annotations and prefetch_related included), without building the SQL again:

- `shape` is what may change the SQL itself (a model, a locale's id that a subquery is built
  around): the SQL is kept per shape.
- `values` are the query's parameters (a page's path, ids, translation keys, the time), or lists
  of them, whose lengths count as shape. The first call for a shape builds the query with
  stand-in values, finds where each lands in the parameters, and keeps the SQL and those places;
  every later call fills them in.

Nothing about content is kept, only SQL text, so nothing needs dropping when content changes, and a
release starts new processes. Under the tests every call also builds the query the usual way and
checks that the SQL and parameters are the same (`CHECK`, set by tests/conftest.py): a query whose
SQL would depend on a value fails every test that reaches it.
"""

import copy
import datetime
import itertools
import uuid

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import BooleanField, Count, Expression, F, Value

# Set by the test suite: every fetch also builds its query the usual way and compares the two.
CHECK = False

_numbers = itertools.count(1)


def _stand_in(value):
    """A value of the same kind as `value`, a new one on every call. Numbers stay within every
    integer column's range (PostgreSQL's smallint: a value beyond it matches nothing, so Django
    leaves the condition out); a real parameter may equal one, which is why a query is built
    twice, with two sets of stand-ins (see _Prepared)."""
    number = next(_numbers)
    if isinstance(value, bool):  # bool is an int: never a stand-in (True == 1)
        raise TypeError("built_once: a boolean decides a query's shape; pass it in shape=")
    if isinstance(value, int):
        return 20_000 + number % 12_000
    if isinstance(value, str):
        return f"bo{number}stand-in"
    if isinstance(value, uuid.UUID):
        return uuid.UUID(int=(0xB0 << 120) + number)
    if isinstance(value, datetime.datetime):
        return datetime.datetime(2999, 1, 1, microsecond=number % 1_000_000, tzinfo=datetime.UTC)
    if isinstance(value, datetime.date):
        return datetime.date(2999, 1 + number % 12, 1 + number % 28)
    raise TypeError(f"built_once: {type(value).__name__} values are not supported")


def _forms(stand_in, operations):
    """{how the database driver may receive `stand_in`: how to turn a real value into it}, as
    Django's fields prepare values for this database (`operations`)."""
    forms = {stand_in: lambda value: value}
    if isinstance(stand_in, uuid.UUID):  # SQLite receives UUIDs as hex, PostgreSQL as UUIDs
        forms[stand_in.hex] = lambda value: value.hex
    elif isinstance(stand_in, datetime.datetime):
        forms[operations.adapt_datetimefield_value(stand_in)] = operations.adapt_datetimefield_value
    elif isinstance(stand_in, datetime.date):
        forms[operations.adapt_datefield_value(stand_in)] = operations.adapt_datefield_value
    return forms


def _places(stand_ins, operations):
    """{a stand-in's form as a parameter: (value index, item index or None, convert)}."""
    places = {}
    for index, stand_in in enumerate(stand_ins):
        for item, single in enumerate(stand_in) if _is_list(stand_in) else [(None, stand_in)]:
            for form, convert in _forms(single, operations).items():
                places[form] = (index, item, convert)
    return places


def _is_list(value):
    return isinstance(value, list | tuple)


class _Prepared:
    """A query built once with stand-in values: its SQL, and where each value goes."""

    def __init__(self, build, shape, values):
        # Built twice with different stand-ins: a parameter that differs between the two builds
        # is a value's, one that does not is part of the query (a constant that happens to equal
        # a stand-in stays a constant).
        builds = [self._build(build, shape, values) for _ in range(2)]
        (
            (self.queryset, self.compiler, stand_ins, self.sql, params),
            (_, _, other_stand_ins, other_sql, other),
        ) = builds
        if self.sql != other_sql:
            raise ValueError(f"built_once: {build.__qualname__} builds other SQL for other values")
        self.slots = []  # per parameter: (value index, item index, convert, text around it) or a constant
        if self.sql is None:  # e.g. the slice [0:0]: nothing to ask the database
            return
        operations = connections[self.queryset.db].ops
        places, other_places = (_places(each, operations) for each in (stand_ins, other_stand_ins))
        for param, other_param in zip(params, other, strict=True):
            if param == other_param:
                self.slots.append(_Constant(param))
                continue
            slot, other_slot = self._slot(param, places), self._slot(other_param, other_places)
            if slot is None or other_slot is None or slot[:2] != other_slot[:2]:
                raise ValueError(
                    f"built_once: {build.__qualname__} changes a value before the query reads it"
                )
            self.slots.append(slot)
        wanted = {
            (index, item)
            for index, stand_in in enumerate(stand_ins)
            for item in (range(len(stand_in)) if _is_list(stand_in) else [None])
        }
        if {slot[:2] for slot in self.slots if not isinstance(slot, _Constant)} != wanted:
            raise ValueError(
                f"built_once: {build.__qualname__} does not use every value as a query parameter"
            )

    @staticmethod
    def _build(build, shape, values):
        stand_ins = [
            [_stand_in(item) for item in value] if _is_list(value) else _stand_in(value) for value in values
        ]
        queryset = build(*shape, *stand_ins)
        compiler = queryset.query.get_compiler(queryset.db)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:
            sql, params = None, ()
        return queryset, compiler, stand_ins, sql, params

    @staticmethod
    def _slot(param, places):
        """(value index, item index, convert, text around it) of the stand-in `param` is, or None."""
        if not isinstance(param, bool) and isinstance(param, int | str | uuid.UUID | datetime.date):
            if param in places:
                return (*places[param], None)
            if isinstance(param, str):  # e.g. a path prefix: "0001000200%" for LIKE
                for form, place in places.items():
                    if isinstance(form, str) and form in param:
                        return (*place, param.split(form))
        return None

    def params(self, values):
        params = []
        for slot in self.slots:
            if isinstance(slot, _Constant):
                params.append(slot.value)
                continue
            index, item, convert, around = slot
            value = convert(values[index] if item is None else values[index][item])
            if around is not None:
                if any(special in value for special in "%_\\"):  # would need escaping for LIKE
                    return None
                value = value.join(around)
            params.append(value)
        return tuple(params)

    def run(self, params):
        """The queryset's results, its SQL taken as built and `params` filled in."""
        if self.sql is None:
            return []
        queryset = self.queryset._chain()
        compiler = copy.copy(self.compiler)  # keeps what it learnt building the SQL: columns, joins
        compiler.connection = connections[queryset.db]  # this thread's connection
        compiler.as_sql = lambda *args, **kwargs: (self.sql, params)
        queryset.query.get_compiler = lambda *args, **kwargs: compiler
        return list(queryset)


class _Constant:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


_kept = {}  # (database vendor, build, shape, list lengths) -> _Prepared
_KEPT_AT_MOST = 512  # shapes times list lengths: a few dozen in use; forgotten all at once past this


def _prepared_for(build, shape, values):
    key = (
        connections["default"].vendor,
        build,
        shape,
        tuple(len(value) if _is_list(value) else None for value in values),
    )
    prepared = _kept.get(key)
    if prepared is None:
        if len(_kept) >= _KEPT_AT_MOST:
            _kept.clear()
        prepared = _kept[key] = _Prepared(build, shape, values)
    return prepared


def fetch(build, *values, shape=()):
    """`list(build(*shape, *values))`, its SQL built once per process and shape (see above)."""
    if any(_is_list(value) and not value for value in values):  # nothing to match: no SQL at all
        return list(build(*shape, *values))
    prepared = _prepared_for(build, shape, values)
    params = prepared.params(values)
    if params is None:
        return list(build(*shape, *values))
    if CHECK and prepared.sql is not None:
        usual = build(*shape, *values)
        sql, usual_params = usual.query.get_compiler(usual.db).as_sql()
        expected = (sql, tuple(usual_params))
        if (prepared.sql, params) != expected:
            raise AssertionError(
                f"built_once: {build.__qualname__} built other SQL: {expected} != {(prepared.sql, params)}"
            )
    return prepared.run(params)


class Listing:
    """What Django's Paginator asks of a listing, its count and one page, each query's SQL built
    once per process: `build(*shape, *values)` returns the whole listing, ordered; `counted`, if
    given, the same items as a query the database counts faster."""

    def __init__(self, build, *values, shape=(), counted=None):
        self.build, self.values, self.shape = build, values, shape
        self.counted = counted or build

    def count(self):
        return fetch(_count_of, *self.values, shape=(self.counted, self.shape))[0][0]

    def __getitem__(self, window):
        return fetch(_window_of, *self.values, shape=(self.build, self.shape, window.start, window.stop))


def _count_of(build, shape, *values):
    # Grouped by a constant, which Django leaves out of GROUP BY: one row, even for no items.
    listing = build(*shape, *values).order_by().prefetch_related(None)
    return listing.values(everything=Value(1)).annotate(n=Count("pk")).values_list("n")


def _window_of(build, shape, start, stop, *values):
    return build(*shape, *values)[start:stop]


class AmongIds(Expression):
    """A condition for filter(): `field` is one of the ids in a JSON array (`ids_json`).

    A list of ids is one query parameter per id, so every length is other SQL; a search's finds
    differ in number with every search, and the library's counting queries on them were built
    again on every search (most of its time). As one parameter, their SQL is built once."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, field, ids_json):
        super().__init__()
        self.column = F(field)
        self.ids_json = ids_json

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, expressions):
        (self.column,) = expressions

    def as_sql(self, compiler, connection):  # PostgreSQL
        column, params = compiler.compile(self.column)
        among = "SELECT value::bigint FROM jsonb_array_elements_text(%s::jsonb) AS value"
        return f"{column} IN ({among})", [*params, self.ids_json]

    def as_sqlite(self, compiler, connection):
        column, params = compiler.compile(self.column)
        return f"{column} IN (SELECT value FROM json_each(%s))", [*params, self.ids_json]  # noqa: S608 - a column
