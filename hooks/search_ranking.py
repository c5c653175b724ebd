"""MkDocs hook: the site search puts the section that defines an API name first.

Material's search runs lunr in the reader's browser over search/search_index.json, one entry
per section, scored by the words of its title and text. On its own it sends `Queue` to the
page "Queues, pipes and shared memory" before the section "Queue", `Process` to the
`ProcessPoolExecutor` table, `BrokenProcessPool` (in no heading) to wherever it is mentioned,
and a pasted error message to whichever long section has the most words starting like its
words (the search completes every typed word as a prefix: `to` matches `torch`).

After the build this hook adds fields to the entries of search_index.json and declares them,
with their boosts, in its configuration, which the search worker reads and indexes as it
indexes `title` and `text`. The results look the same; only their order changes.

- The API names a section defines (fields `names<boost>`). A section defines the names in
  inline code in its heading (`imap`, `set_start_method()`), the words of a heading that is
  only a list of API names ("Semaphore and BoundedSemaphore"), and the names DEFINED_IN
  gives it: names no heading carries, or that a heading mentions in passing. A name in
  DEFINED_IN is defined there and nowhere else. Quoted headings (the misconceptions on
  Common mistakes, quoted messages) and the headings of NOT_DEFINING pages define nothing.
- `explains`: the error message a section explains, so that pasting it finds the section: a
  heading made of one message in inline code (the troubleshooting page's headings) explains
  it, and EXPLAINED_IN lists messages no heading shows as they are (other versions' wording).
  The message's words that begin with a name's word (`lock'`, `processes`) are left out:
  typing `Lock` must find the section defining `Lock`; the other words find the message.
- `messages`: the lines of a section's code and output blocks that name an exception, with
  a smaller boost, for the messages EXPLAINED_IN does not list.

A name is stored as its words (split as the search splits them), lower case, each followed by
an invisible U+2063; only these fields hold words in that form, so every name is equally rare
to lunr however often its words appear in the text. The boost of a name's last word is
NAME_BOOST, times LEVEL_FACTOR for each level of longer names it begins (`process` begins
`processpoolexecutor`, which the prefix search also finds: `Process` must still find its own
section first), times DOTTED_FACTOR for a dotted name (`wait` finds `AsyncResult.wait`'s
section before `multiprocessing.connection.wait`'s), times ARTICLE_FACTOR in a page's opening
section (the search scores those 2.5 times higher). The words before the last (`Pool` in
`Pool.imap`) get QUALIFIER_FACTOR times the boost they would have as a name: with `imap`,
above `imap` alone; alone, below the section that defines `Pool`.

The separator of the search plugin (mkdocs.yml) must split words where this hook does: at
white space, punctuation and dots, not inside CamelCase names. tests/test_search.py enters
every defined name and every EXPLAINED_IN message into the search box of the built site in
Chromium, and pastes every message a section explains, and checks where the first result goes.
"""
from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.search_ranking")

# Names no heading carries, or that a heading names in passing, and the section that defines
# them: "anchor" (a heading's id, found on whichever page has it, so it survives a section
# moving to another page), "page/#anchor" where two pages have the anchor, or "page/" for a
# page's opening section. A name listed here is defined there only.
DEFINED_IN = {
    # Processes
    "Process": "start-a-process-wait-for-it-read-how-it-ended",
    "Process.start": "start-a-process-wait-for-it-read-how-it-ended",
    "Process.join": "start-a-process-wait-for-it-read-how-it-ended",
    "Process.interrupt": "stopping-a-child-so-it-can-clean-up-interrupt-314",
    "exitcode": "exit-codes",
    "current_process": "default-names",
    "parent_process": "the-attributes-of-a-process",
    "active_children": "the-attributes-of-a-process",
    "cpu_count": "how-many-cpus",
    "process_cpu_count": "how-many-cpus",
    "sched_getaffinity": "how-many-cpus",
    # Pools and executors
    "Pool": "pool/",
    "Pool.map": "the-eight-methods-at-a-glance",
    "map": "the-eight-methods-at-a-glance",  # not datasets' map (huggingface page headings)
    "Pool.apply": "the-eight-methods-at-a-glance",
    "Pool.starmap": "the-eight-methods-at-a-glance",
    "Pool.map_async": "the-eight-methods-at-a-glance",
    "Pool.starmap_async": "the-eight-methods-at-a-glance",
    "Pool.imap": "laziness-and-memory-what-imap-really-reads",
    "Pool.imap_unordered": "order-of-results",
    "Pool.apply_async": "fire-and-forget-apply_async-safely",
    "TimeoutError": "where-timeouts-really-live",
    "ProcessError": "asyncresult-get-wait-ready-successful",
    "ProcessPoolExecutor": "threadpool-and-concurrentfutures",
    "ThreadPoolExecutor": "threadpool-and-concurrentfutures",
    "Future": "threadpool-and-concurrentfutures",
    "as_completed": "threadpool-and-concurrentfutures",
    "BrokenProcessPool": "a-worker-process-that-dies",
    "BrokenExecutor": "a-worker-process-that-dies",
    "RemoteTraceback": "exceptions-raised-inside-tasks",
    "InterpreterPoolExecutor": "sub-interpreters-one-gil-each-in-one-process-314",
    # Start methods
    "fork": "start-methods/",
    "spawn": "start-methods/",
    "forkserver": "start-methods/",
    "set_start_method": "choosing-a-method-set_start_method-or-get_context",
    "get_context": "choosing-a-method-set_start_method-or-get_context",
    "get_start_method": "which-methods-you-have-and-the-default",
    "get_all_start_methods": "which-methods-you-have-and-the-default",
    # Sharing and communication
    "Manager": "managers-shared-objects-in-a-server-process",
    "SyncManager": "managers-shared-objects-in-a-server-process",
    "shared_memory": "shared-memory-without-copying",
    "shared_memory.SharedMemory": "shared-memory-without-copying",
    "RawValue": "multiprocessingsharedctypes",
    "RawArray": "multiprocessingsharedctypes",
}
# Pages whose headings name API without defining it (the cheat sheet's tables summarise).
NOT_DEFINING = {"cheatsheet/"}

# A heading that is one error message in inline code (the troubleshooting page is made of
# them) explains that message. Messages no heading shows word for word (another Python
# version's wording, say) are listed here, as a reader pastes them, with the section that
# explains each (an anchor, as in DEFINED_IN). The section must show the message.
EXPLAINED_IN = {
    "AttributeError: Can't pickle local object":
        "_picklepicklingerror-cant-pickle-local-object-function-make_adderlocalsadd-at-0x",
    "AttributeError: Can't get local object":
        "_picklepicklingerror-cant-pickle-local-object-function-make_adderlocalsadd-at-0x",
}

# Boosts (lunr multiplies a word's score in a field by its field's boost; a title word: 1e3).
NAME_BOOST = 1e4         # a name, ten times a title word
LEVEL_FACTOR = 4         # x 4 for a name that begins others (they add up), x 16 for two
DOTTED_FACTOR = 0.75     # the last word of a dotted name (Pool.imap), below imap alone
QUALIFIER_FACTOR = 0.6   # the words before it (Pool), x the boost they have as a name:
                         # with imap above imap alone, alone below Pool's own section
ARTICLE_FACTOR = 0.4     # the search scores a page's opening section 2.5 x its others
EXPLAINS_BOOST = 4e4     # the words of a message a section explains (not names' words)
MESSAGE_BOOST = 3e3      # the words of exception lines shown in code and output blocks
MARK = "\u2063"          # INVISIBLE SEPARATOR: only the names fields hold words ending in it

IDENTIFIER = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
CODE = re.compile(r"<code>(.*?)</code>", re.S)
PRE = re.compile(r"<pre>(.*?)</pre>", re.S)
VERSION_NOTE = re.compile(r"\(\d+\.\d+\+?\)")
EXCEPTION_LINE = re.compile(r"\b(?:\w+Error|\w+Exception|\w+Warning|Broken\w+)\b:")
CONNECTIVES = {"and", "or"}


def public_api() -> set[str]:
    """The public class names of the modules the guide is about (for headings made of them)."""
    import concurrent.futures
    import multiprocessing
    import multiprocessing.managers
    import multiprocessing.pool
    import multiprocessing.shared_memory
    names = set()
    for module in (multiprocessing, concurrent.futures, multiprocessing.shared_memory,
                   multiprocessing.managers, multiprocessing.pool):
        names.update(n for n in getattr(module, "__all__", dir(module)) if n[:1].isupper())
    return names


API = public_api()


def plain(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def heading_names(title: str) -> list[str]:
    """The API names a heading (as the index holds it, with <code>) defines."""
    if plain(title).lstrip().startswith(('"', "\u201c")):
        return []
    names = []
    for code in CODE.findall(title):
        code = html.unescape(code).strip()
        code = code[:-2] if code.endswith("()") else code
        if IDENTIFIER.fullmatch(code):
            names.append(code)
    rest = VERSION_NOTE.sub(" ", plain(CODE.sub(" ", title)))
    words = re.findall(r"[\w.]+", rest)
    if words and not re.search(r"[^\w\s.,]", rest) and \
            all(word in API or word in CONNECTIVES for word in words):
        names += [word for word in words if word in API]
    return names


def heading_message(title: str) -> str | None:
    """The error message a heading is made of: one inline code span with words in it."""
    match = re.fullmatch(r"\s*<code>((?:(?!</?code>).)*)</code>\s*", title, re.S)
    message = html.unescape(match[1]).strip() if match else ""
    return message if " " in message else None


def split_words(text: str, separator: str) -> list[str]:
    return [word.lower() for word in re.split(separator, text) if word]


def find(docs: list[dict], target: str) -> list[str]:
    """The locations a DEFINED_IN target names."""
    if target.endswith("/") or "#" in target:
        return [d["location"] for d in docs if d["location"] == target]
    return [d["location"] for d in docs if d["location"].endswith("#" + target)]


def definitions(docs: list[dict]) -> tuple[dict[str, list[str]], list[str]]:
    """{location: the names its section defines} for the entries of a search index, and the
    problems met (a DEFINED_IN target that no section, or more than one, has)."""
    defined: dict[str, list[str]] = {}
    for doc in docs:
        if doc["location"].split("#")[0] in NOT_DEFINING:
            continue
        names = [name for name in heading_names(doc["title"]) if name not in DEFINED_IN]
        if names:
            defined[doc["location"]] = list(dict.fromkeys(names))
    problems = []
    for name, target in DEFINED_IN.items():
        found = find(docs, target)
        if len(found) == 1:
            defined.setdefault(found[0], []).append(name)
        else:
            problems.append(f"{name!r} is defined in {target!r}, which "
                            + (f"{len(found)} sections have" if found else "no section has"))
    return defined, problems


def explanations(docs: list[dict]) -> tuple[dict[str, str], list[str]]:
    """{error message: the location of the section that explains it} (headings made of a
    message, and EXPLAINED_IN), and the problems met."""
    explained = {message: doc["location"] for doc in docs
                 if (message := heading_message(doc["title"])) and message not in EXPLAINED_IN}
    problems = []
    for message, target in EXPLAINED_IN.items():
        found = find(docs, target)
        if len(found) != 1:
            problems.append(f"the message {message!r} is explained in {target!r}, which "
                            + (f"{len(found)} sections have" if found else "no section has"))
            continue
        doc = next(d for d in docs if d["location"] == found[0])
        if words_of(message_part(message)) not in words_of(plain(doc["title"] + " " + doc["text"])):
            problems.append(f"{found[0]} does not show the message {message!r}")
        explained[message] = found[0]
    return explained, problems


def exception_lines(text: str) -> list[str]:
    """Lines of code and output blocks naming an exception, with their indented
    continuation lines (a wrapped message)."""
    found = []
    for block in PRE.findall(text):
        lines = plain(block).splitlines()
        for number, line in enumerate(lines):
            if not EXCEPTION_LINE.search(line):
                continue
            indent = len(line) - len(line.lstrip())
            message = [line.strip()]
            for following in lines[number + 1:]:
                if len(following) - len(following.lstrip()) <= indent or not following.strip():
                    break
                message.append(following.strip())
            found.append(" ".join(message))
    return list(dict.fromkeys(found))


def words_of(text: str) -> str:
    """Text with white space collapsed and addresses elided (as recordings elide them), for
    comparing a message with a section's text."""
    return re.sub(r"0x[0-9a-f.]+", "0x...", " ".join(text.split()).lower())


def message_part(line: str) -> str:
    """The message of a traceback's last line, without the exception's name."""
    return re.sub(r"^[\w.]*?(?:\w*(?:Error|Exception|Warning)|Broken\w+): ", "", line)


def rank(index: dict) -> list[str]:
    """Add the fields to the entries of a search index (as search_index.json holds it) and
    declare them in its configuration. Returns the problems found."""
    separator = index["config"]["separator"]
    docs = index["docs"]
    defined, problems = definitions(docs)
    words = {name: split_words(name, separator)
             for names in defined.values() for name in names}
    keys = {split[-1] for split in words.values() if split}
    name_words = {word for split in words.values() for word in split}

    def level(word: str) -> int:
        longer = [key for key in keys if key != word and key.startswith(word)]
        return 1 + max(map(level, longer)) if longer else 0

    levels = {key: level(key) for key in keys}
    weights: dict[str, dict[str, float]] = {}  # location -> word -> boost
    for location, names in defined.items():
        weight = weights.setdefault(location, {})
        article = ARTICLE_FACTOR if "#" not in location else 1
        for name in names:
            *qualifier, key = words[name] or [""]
            if not key:
                continue
            boost = NAME_BOOST * LEVEL_FACTOR ** levels[key] * article
            weight[key] = max(weight.get(key, 0), boost * (DOTTED_FACTOR if qualifier else 1))
            for word in qualifier:
                own = NAME_BOOST * LEVEL_FACTOR ** level(word) * article
                weight[word] = max(weight.get(word, 0), own * QUALIFIER_FACTOR)
    fields = index["config"]["fields"]
    for doc in docs:
        for word, boost in sorted(weights.get(doc["location"], {}).items()):
            field = f"names{boost:.0f}"
            fields[field] = {"boost": boost}
            doc[field] = f"{doc.get(field, '')} {word}{MARK}".strip()
        messages = exception_lines(doc["text"])
        if messages:
            doc["messages"] = "\n".join(messages)
    fields["messages"] = {"boost": MESSAGE_BOOST}
    fields["explains"] = {"boost": EXPLAINS_BOOST}
    explained, more = explanations(docs)
    by_location = {doc["location"]: doc for doc in docs}
    for message, location in explained.items():
        doc = by_location[location]
        # Without the words a name's word begins (`lock'` of `'_thread.lock'`, `processes`):
        # those find the sections that define the names; the message's other words find it.
        words = [w for w in split_words(message, separator)
                 if not any(w.startswith(name_word) for name_word in name_words)]
        doc["explains"] = f"{doc.get('explains', '')}\n{' '.join(words)}".strip()
    return problems + more


def on_post_build(config, **kwargs):
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not path.exists():  # search turned off
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    for problem in rank(index):
        log.warning(f"hooks/search_ranking.py: {problem}; update DEFINED_IN or EXPLAINED_IN")
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
