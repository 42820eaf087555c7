/*
 * The minors' message models (`minors/model.py`, `TextModel`) scored in C: the features
 * of one folded message and the sum of their weights, without a Python string per
 * feature.
 *
 * Same result as the Python reference, bit for bit (tests/moderation/minors/
 * test_textmodel_native.py compares both over the development conversations and
 * random strings):
 *   - the text is `" " + leet + " "`; words are its runs of non-space characters;
 *     features are `w:<word>`, `b:<word>_<next word>` and `c:<4 characters>`, each
 *     counted once, in the order they first occur (words, then pairs, then 4-grams);
 *   - the weights of the distinct features are added one after the other in that
 *     order, starting from 0.0 (a feature without a weight adds 0.0), and the count of
 *     distinct features is returned with the sum.
 * Features are told apart by a 64-bit FNV-1a hash of their UTF-8 bytes instead of by
 * their text: `Weights` refuses a table where two keys share a hash, and a feature of a
 * message sharing one with another feature or a key is, at 2^-64 a pair, not met.
 * Only ASCII is handled (the folded forms are ASCII): `score` returns None otherwise
 * and the caller takes the Python path.
 *
 * Module `causette.moderation.minors._textmodel`, optional: built by setup.py when a C
 * compiler is present; without it `model.py` runs its Python reference.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

static inline uint64_t fnv(uint64_t h, const char *s, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= FNV_PRIME;
    }
    return h;
}

/* Open addressing on the hash (never 0: 0 marks an empty slot). */
static inline uint64_t nonzero(uint64_t h) { return h ? h : 1; }

typedef struct {
    PyObject_HEAD
    uint64_t *keys;
    double *values;
    size_t mask;
    /* The features one call has seen, kept between calls: a slot is taken when its stamp
     * is the call's (the table is not cleared for each message). */
    uint64_t *seen_keys;
    uint32_t *seen_stamps;
    size_t seen_cap;
    uint32_t stamp;
} Weights;

static void Weights_dealloc(Weights *self) {
    PyMem_Free(self->keys);
    PyMem_Free(self->values);
    PyMem_Free(self->seen_keys);
    PyMem_Free(self->seen_stamps);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int Weights_init(Weights *self, PyObject *args, PyObject *kwargs) {
    PyObject *mapping;
    static char *names[] = {"weights", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O!", names, &PyDict_Type, &mapping)) return -1;
    Py_ssize_t n = PyDict_Size(mapping);
    size_t size = 16;
    while (size < (size_t)n * 2 + 2) size <<= 1;
    uint64_t *keys = PyMem_Calloc(size, sizeof(uint64_t));
    double *values = PyMem_Calloc(size, sizeof(double));
    if (keys == NULL || values == NULL) {
        PyMem_Free(keys);
        PyMem_Free(values);
        PyErr_NoMemory();
        return -1;
    }
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(mapping, &pos, &key, &value)) {
        Py_ssize_t len;
        const char *utf8 = PyUnicode_Check(key) ? PyUnicode_AsUTF8AndSize(key, &len) : NULL;
        double weight = PyFloat_AsDouble(value);
        if (utf8 == NULL || (weight == -1.0 && PyErr_Occurred())) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "keys must be str");
            goto fail;
        }
        uint64_t h = nonzero(fnv(FNV_OFFSET, utf8, len));
        size_t slot = (size_t)h & (size - 1);
        while (keys[slot] != 0) {
            if (keys[slot] == h) {
                PyErr_Format(PyExc_ValueError, "two weights share a hash (%R)", key);
                goto fail;
            }
            slot = (slot + 1) & (size - 1);
        }
        keys[slot] = h;
        values[slot] = weight;
    }
    PyMem_Free(self->keys);
    PyMem_Free(self->values);
    self->keys = keys;
    self->values = values;
    self->mask = size - 1;
    return 0;
fail:
    PyMem_Free(keys);
    PyMem_Free(values);
    return -1;
}

typedef struct {
    uint64_t *keys;
    uint32_t *stamps;
    size_t mask;
    uint32_t stamp;
} Seen;

/* 1 when `h` was not seen yet in this call (and is now), 0 when it was. */
static inline int first_time(Seen *seen, uint64_t h) {
    size_t slot = (size_t)h & seen->mask;
    while (seen->stamps[slot] == seen->stamp) {
        if (seen->keys[slot] == h) return 0;
        slot = (slot + 1) & seen->mask;
    }
    seen->keys[slot] = h;
    seen->stamps[slot] = seen->stamp;
    return 1;
}

/* This call's table of features seen: the first `cap` slots of the Weights' own (grown
 * when a longer message needs more), under a new stamp. -1 when memory runs out. */
static int seen_for_call(Weights *self, size_t cap, Seen *seen) {
    if (cap > self->seen_cap) {
        uint64_t *keys = PyMem_Malloc(cap * sizeof(uint64_t));
        uint32_t *stamps = PyMem_Calloc(cap, sizeof(uint32_t));
        if (keys == NULL || stamps == NULL) {
            PyMem_Free(keys);
            PyMem_Free(stamps);
            return -1;
        }
        PyMem_Free(self->seen_keys);
        PyMem_Free(self->seen_stamps);
        self->seen_keys = keys;
        self->seen_stamps = stamps;
        self->seen_cap = cap;
    }
    if (++self->stamp == 0) { /* wrapped after 2^32 calls: forget every stamp */
        memset(self->seen_stamps, 0, self->seen_cap * sizeof(uint32_t));
        self->stamp = 1;
    }
    *seen = (Seen){self->seen_keys, self->seen_stamps, cap - 1, self->stamp};
    return 0;
}

static inline double weight_of(const Weights *w, uint64_t h) {
    size_t slot = (size_t)h & w->mask;
    while (w->keys[slot] != 0) {
        if (w->keys[slot] == h) return w->values[slot];
        slot = (slot + 1) & w->mask;
    }
    return 0.0;
}

static inline int is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c' ||
           c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x1f';
}

/* score(leet) -> (sum of weights, number of distinct features), or None if not ASCII. */
static PyObject *Weights_score(Weights *self, PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "leet must be a str");
        return NULL;
    }
    if (!PyUnicode_IS_ASCII(arg)) Py_RETURN_NONE;
    Py_ssize_t len = PyUnicode_GET_LENGTH(arg);
    const char *leet = (const char *)PyUnicode_DATA(arg);
    Py_ssize_t n = len + 2; /* " " + leet + " " */
    char *text = PyMem_Malloc((size_t)n + 1);
    Py_ssize_t *starts = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(n / 2 + 1));
    Py_ssize_t *ends = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(n / 2 + 1));
    size_t cap = 16;
    while (cap < (size_t)n * 6 + 16) cap <<= 1; /* words + pairs + grams < 3n, load < 1/2 */
    Seen seen;
    if (text == NULL || starts == NULL || ends == NULL || seen_for_call(self, cap, &seen) < 0) {
        PyMem_Free(text);
        PyMem_Free(starts);
        PyMem_Free(ends);
        return PyErr_NoMemory();
    }
    text[0] = ' ';
    memcpy(text + 1, leet, (size_t)len);
    text[n - 1] = ' ';
    text[n] = 0;
    Py_ssize_t words = 0;
    for (Py_ssize_t i = 0; i < n;) {
        if (is_space(text[i])) {
            i++;
            continue;
        }
        Py_ssize_t j = i;
        while (j < n && !is_space(text[j])) j++;
        starts[words] = i;
        ends[words] = j;
        words++;
        i = j;
    }
    double total = 0.0;
    Py_ssize_t count = 0;
    for (Py_ssize_t k = 0; k < words; k++) {
        uint64_t h = nonzero(fnv(fnv(FNV_OFFSET, "w:", 2), text + starts[k], ends[k] - starts[k]));
        if (first_time(&seen, h)) {
            total += weight_of(self, h);
            count++;
        }
    }
    for (Py_ssize_t k = 0; k + 1 < words; k++) {
        uint64_t h = fnv(fnv(FNV_OFFSET, "b:", 2), text + starts[k], ends[k] - starts[k]);
        h = nonzero(fnv(fnv(h, "_", 1), text + starts[k + 1], ends[k + 1] - starts[k + 1]));
        if (first_time(&seen, h)) {
            total += weight_of(self, h);
            count++;
        }
    }
    for (Py_ssize_t i = 0; i + 4 <= n; i++) {
        uint64_t h = nonzero(fnv(fnv(FNV_OFFSET, "c:", 2), text + i, 4));
        if (first_time(&seen, h)) {
            total += weight_of(self, h);
            count++;
        }
    }
    PyMem_Free(text);
    PyMem_Free(starts);
    PyMem_Free(ends);
    return Py_BuildValue("(dn)", total, count);
}

static PyMethodDef Weights_methods[] = {
    {"score", (PyCFunction)Weights_score, METH_O,
     "(sum of the weights of the distinct features, their number), or None if not ASCII."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject WeightsType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "causette.moderation.minors._textmodel.Weights",
    .tp_basicsize = sizeof(Weights),
    .tp_dealloc = (destructor)Weights_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A message model's weights, looked up by the hash of each feature.",
    .tp_methods = Weights_methods,
    .tp_init = (initproc)Weights_init,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_textmodel", "The minors' message models scored in C.", -1, NULL,
};

PyMODINIT_FUNC PyInit__textmodel(void) {
    if (PyType_Ready(&WeightsType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    Py_INCREF(&WeightsType);
    if (PyModule_AddObject(m, "Weights", (PyObject *)&WeightsType) < 0) {
        Py_DECREF(&WeightsType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
