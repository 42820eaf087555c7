/*
 * The lexicon scan's inner loop in C: `_TermIndex.tagged_spans` over the words of one
 * view, with the view's tokenisation (`lexicons.tokenize`) done on the way.
 *
 * Same results as the Python reference, in the same order
 * (tests/moderation/test_lexscan_native.py compares both over the corpus and random
 * strings):
 *   - words are maximal runs of ASCII a-z, or of ASCII 0-9 (`[a-z]+|[0-9]+`);
 *   - a word's key has every run of one repeated letter squeezed (`([a-z])\1+` -> `\1`);
 *     digits are kept as they are ("148" must not read as "1488", nor "8" as "88");
 *   - each word's entry comes from the index's cache (`entries`), else from `lookup`
 *     (the index's own `_entry`, which fills the cache); `nothing` is the entry of a
 *     word that starts no term;
 *   - a term is a tuple (keys, prefix, tag) (`lexicons._Term`, a NamedTuple); the
 *     longest term of each tag at each word wins, as in Python.
 *
 * Module `causette.moderation._lexscan`, optional: built by setup.py when a C compiler
 * is present; without it `lexicons.py` runs its Python reference.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>

typedef struct {
    Py_ssize_t start, end; /* character span of the word in the view */
    PyObject *key;         /* the word's key (new reference) */
} Word;

static void free_words(Word *words, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n; i++) Py_XDECREF(words[i].key);
    PyMem_Free(words);
}

/* The words of `view` with their keys; *count set; NULL with an exception on failure. */
static Word *tokenize(PyObject *view, Py_ssize_t *count) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(view);
    int kind = PyUnicode_KIND(view);
    const void *data = PyUnicode_DATA(view);
    /* "a1b2": a letter run and a digit run may touch, so up to one word a character.
     * Only the first `w` entries are ever read (or freed): no need to zero the rest. */
    Word *words = PyMem_Malloc(((size_t)n + 1) * sizeof(Word));
    char *buf = PyMem_Malloc((size_t)n + 1);
    if (words == NULL || buf == NULL) {
        PyMem_Free(words);
        PyMem_Free(buf);
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t w = 0, i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int letter = c >= 'a' && c <= 'z';
        if (!letter && !(c >= '0' && c <= '9')) {
            i++;
            continue;
        }
        Py_ssize_t j = i, len = 0;
        char prev = 0;
        while (j < n) {
            Py_UCS4 d = PyUnicode_READ(kind, data, j);
            if (letter ? !(d >= 'a' && d <= 'z') : !(d >= '0' && d <= '9')) break;
            /* letters squeezed ("saloppe"), digits never: "148" is not "1488" */
            if (len == 0 || (char)d != prev || !letter) buf[len++] = (char)d;
            prev = (char)d;
            j++;
        }
        PyObject *key = PyUnicode_FromStringAndSize(buf, len);
        if (key == NULL) {
            PyMem_Free(buf);
            free_words(words, w);
            return NULL;
        }
        words[w].start = i;
        words[w].end = j;
        words[w].key = key;
        w++;
        i = j;
    }
    PyMem_Free(buf);
    *count = w;
    return words;
}

/* Whether `term` (keys, prefix, tag) continues at word `i` (its first word matched). */
static int term_matches(PyObject *term, Word *words, Py_ssize_t i, Py_ssize_t size) {
    PyObject *keys = PyTuple_GET_ITEM(term, 0);
    PyObject *prefix = PyTuple_GET_ITEM(term, 1);
    for (Py_ssize_t j = 1; j < size; j++) {
        PyObject *want = PyTuple_GET_ITEM(keys, j);
        PyObject *have = words[i + j].key;
        if (PyTuple_GET_ITEM(prefix, j) == Py_True) {
            Py_ssize_t r = PyUnicode_Tailmatch(have, want, 0, PY_SSIZE_T_MAX, -1);
            if (r < 0) return -1;
            if (!r) return 0;
        } else {
            int r = PyUnicode_Compare(have, want);
            if (r == -1 && PyErr_Occurred()) return -1;
            if (r != 0) return 0;
        }
    }
    return 1;
}

/* Try every term of `terms` (a list or tuple) at word `i`; update `best` (tag -> size). */
static int try_terms(PyObject *terms, PyObject *best, Word *words, Py_ssize_t i, Py_ssize_t n) {
    PyObject *fast = PySequence_Fast(terms, "terms must be a sequence");
    if (fast == NULL) return -1;
    Py_ssize_t count = PySequence_Fast_GET_SIZE(fast);
    PyObject **items = PySequence_Fast_ITEMS(fast);
    for (Py_ssize_t t = 0; t < count; t++) {
        PyObject *term = items[t];
        if (!PyTuple_Check(term) || PyTuple_GET_SIZE(term) != 3) {
            PyErr_SetString(PyExc_TypeError, "a term must be a (keys, prefix, tag) tuple");
            Py_DECREF(fast);
            return -1;
        }
        PyObject *tag = PyTuple_GET_ITEM(term, 2);
        Py_ssize_t size = PyTuple_GET_SIZE(PyTuple_GET_ITEM(term, 0));
        PyObject *known = PyDict_GetItemWithError(best, tag);
        if (known == NULL && PyErr_Occurred()) {
            Py_DECREF(fast);
            return -1;
        }
        if ((known != NULL && size <= PyLong_AsSsize_t(known)) || size <= 0 || i + size > n) continue;
        int ok = term_matches(term, words, i, size);
        if (ok < 0) {
            Py_DECREF(fast);
            return -1;
        }
        if (ok) {
            PyObject *value = PyLong_FromSsize_t(size);
            if (value == NULL || PyDict_SetItem(best, tag, value) < 0) {
                Py_XDECREF(value);
                Py_DECREF(fast);
                return -1;
            }
            Py_DECREF(value);
        }
    }
    Py_DECREF(fast);
    return 0;
}

/* tagged_spans(view, entries, pairs, lookup, nothing) -> [(tag, (start, end)), ...] */
static PyObject *tagged_spans(PyObject *self, PyObject *args) {
    PyObject *view, *entries, *pairs, *lookup, *nothing;
    if (!PyArg_ParseTuple(args, "UO!O!OO", &view, &PyDict_Type, &entries, &PyDict_Type, &pairs,
                          &lookup, &nothing))
        return NULL;
    Py_ssize_t n = 0;
    Word *words = tokenize(view, &n);
    if (words == NULL) return NULL;
    PyObject *found = PyList_New(0);
    if (found == NULL) goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *key = words[i].key;
        PyObject *entry = PyDict_GetItemWithError(entries, key); /* borrowed */
        PyObject *owned = NULL;
        if (entry == NULL) {
            if (PyErr_Occurred()) goto fail;
            entry = owned = PyObject_CallOneArg(lookup, key);
            if (entry == NULL) goto fail;
        }
        if (entry == nothing) {
            Py_XDECREF(owned);
            continue; /* most words start no term */
        }
        if (!PyTuple_Check(entry) || PyTuple_GET_SIZE(entry) != 3) {
            Py_XDECREF(owned);
            PyErr_SetString(PyExc_TypeError, "an entry must be a (tags, terms, pair_first) tuple");
            goto fail;
        }
        PyObject *tags = PyTuple_GET_ITEM(entry, 0);
        PyObject *candidates = PyTuple_GET_ITEM(entry, 1);
        PyObject *paired = NULL;
        if (PyObject_IsTrue(PyTuple_GET_ITEM(entry, 2)) && i + 1 < n) {
            PyObject *pair = PyTuple_Pack(2, key, words[i + 1].key);
            if (pair == NULL) {
                Py_XDECREF(owned);
                goto fail;
            }
            paired = PyDict_GetItemWithError(pairs, pair);
            Py_DECREF(pair);
            if (paired == NULL && PyErr_Occurred()) {
                Py_XDECREF(owned);
                goto fail;
            }
        }
        int has_tags = tags != Py_None && PyObject_IsTrue(tags);
        int has_candidates = PyObject_IsTrue(candidates);
        int has_paired = paired != NULL && PyObject_IsTrue(paired);
        if (!(has_tags || has_candidates || has_paired)) {
            Py_XDECREF(owned);
            continue;
        }
        PyObject *best = PyDict_New();
        if (best == NULL) {
            Py_XDECREF(owned);
            goto fail;
        }
        int bad = 0;
        if (has_tags) {
            PyObject *fast = PySequence_Fast(tags, "tags must be a sequence");
            if (fast == NULL) bad = 1;
            for (Py_ssize_t t = 0; !bad && t < PySequence_Fast_GET_SIZE(fast); t++) {
                PyObject *one = PyLong_FromLong(1);
                if (one == NULL || PyDict_SetItem(best, PySequence_Fast_GET_ITEM(fast, t), one) < 0)
                    bad = 1;
                Py_XDECREF(one);
            }
            Py_XDECREF(fast);
        }
        if (!bad && has_candidates && try_terms(candidates, best, words, i, n) < 0) bad = 1;
        if (!bad && has_paired && try_terms(paired, best, words, i, n) < 0) bad = 1;
        Py_XDECREF(owned);
        PyObject *tag, *size;
        Py_ssize_t pos = 0;
        while (!bad && PyDict_Next(best, &pos, &tag, &size)) {
            Py_ssize_t last = i + PyLong_AsSsize_t(size) - 1;
            PyObject *item = Py_BuildValue("(O(nn))", tag, words[i].start, words[last].end);
            if (item == NULL || PyList_Append(found, item) < 0) bad = 1;
            Py_XDECREF(item);
        }
        Py_DECREF(best);
        if (bad) goto fail;
    }
    free_words(words, n);
    return found;
fail:
    Py_XDECREF(found);
    free_words(words, n);
    return NULL;
}

/* keys(view) -> the words' keys, as `[word_key(w) for w in _WORD.findall(view)]`. */
static PyObject *keys(PyObject *self, PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "view must be a str");
        return NULL;
    }
    Py_ssize_t n = 0;
    Word *words = tokenize(arg, &n);
    if (words == NULL) return NULL;
    PyObject *out = PyList_New(n);
    if (out != NULL) {
        for (Py_ssize_t i = 0; i < n; i++) {
            PyList_SET_ITEM(out, i, words[i].key);
            words[i].key = NULL; /* reference moved into the list */
        }
    }
    free_words(words, n);
    return out;
}

static PyMethodDef methods[] = {
    {"tagged_spans", tagged_spans, METH_VARARGS,
     "(tag, (start, end)) of the longest term of each tag at each word of a view."},
    {"keys", keys, METH_O, "The words' keys of a view (repeated characters squeezed)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_lexscan", "The lexicon scan's inner loop in C.", -1, methods,
};

PyMODINIT_FUNC PyInit__lexscan(void) { return PyModule_Create(&module); }
