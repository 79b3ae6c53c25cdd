"""Words: accent folding, tokens, stop words in six languages, and a small language detector.

The detector counts stop words: short captions in one language share few content words with
another, but their function words ("le", "und", "the") give them away. It needs no download and
says "don't know" (None) when a text has too few of them.
"""

import re
import unicodedata
from collections import Counter

_STOP_WORDS_TEXT = {
    "fr": """
        le la les un une des du de d l à au aux et ou mais donc or ni car que qui quoi dont où ce
        cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il
        elle on nous vous ils elles me te se moi toi lui y en ne pas plus très trop avec sans
        pour par sur sous dans chez entre vers comme est sont être avoir ai as a avons avez ont
        suis es sommes êtes c ça cela ceci tout tous toute toutes aussi encore déjà bien fait
        faire petit même quand si qu j m n s t
    """,
    "en": """
        the a an and or but so of to in on at by for with without from into over under about
        is are was were be been being have has had do does did i you he she it we they me him
        her us them my your his its our their this that these those what which who whom whose
        not no very too just also than then there here when where why how all any each some
        more most other such only own same can will would should could my im it's don't
    """,
    "es": """
        el la los las un una unos unas y o pero de del al a en con sin por para sobre entre
        que quien cual cuando donde como es son ser estar está están fue muy más también ya
        mi mis tu tus su sus nuestro nuestra yo tú él ella nosotros vosotros ellos ellas me te
        se nos lo le les esto esta este estos estas eso esa ese hay tiene todo todos
    """,
    "de": """
        der die das den dem des ein eine einen einem einer eines und oder aber mit ohne für von
        zu zum zur im in am an auf aus bei nach über unter ist sind war waren sein haben hat
        ich du er sie es wir ihr mich dich sich mein meine dein deine unser euer nicht kein
        keine sehr auch noch schon nur wie was wer wo wenn dass dieser diese dieses immer
    """,
    "it": """
        il lo la i gli le un uno una e o ma di del della dei delle da dal dalla in nel nella
        con senza per su sul sulla tra fra che chi cui come dove quando è sono essere ho hai
        ha abbiamo avete hanno io tu lui lei noi voi loro mi ti si ci vi mio mia tuo tua suo
        sua nostro questo questa quello quella non più molto anche già sempre tutto tutti
    """,
    "pt": """
        o a os as um uma uns umas e ou mas de do da dos das em no na nos nas com sem por para
        pelo pela sobre entre que quem qual quando onde como é são ser estar está estão foi
        muito mais também já meu minha teu tua seu sua nosso nossa eu tu ele ela nós vós eles
        elas me te se lhe isso isto esse essa este esta não tem todo todos você vocês
    """,
}
STOP_WORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split()) for language, words in _STOP_WORDS_TEXT.items()
}
LANGUAGES = tuple(STOP_WORDS)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents: `Beauté` and `beaute` are one word to a search."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The words of a text, lower-cased, accents kept (the detector needs them)."""
    return [w.replace("’", "'") for w in _WORD.findall(text.casefold())]


# Elided French articles and pronouns (l', d', qu') stand alone as stop words.
_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu)'")

# Folded stop words of the two languages briefs are written in, for the topic model.
BRIEF_STOP_WORDS = frozenset(fold(w) for w in STOP_WORDS["fr"] | STOP_WORDS["en"])


def content_words(text: str) -> list[str]:
    """Folded words without French and English stop words or elisions, for topic similarity."""
    found = []
    for word in words(text):
        word = fold(_ELISION.sub("", word))
        if len(word) > 1 and word not in BRIEF_STOP_WORDS:
            found.append(word)
    return found


def detect_language(text: str, *, min_hits: int = 3) -> str | None:
    """The language (fr, en, es, de, it, pt) whose stop words the text uses most, or None when
    fewer than `min_hits` stop words are found or two languages tie."""
    tokens = []
    for word in words(text):
        tokens.append(word)
        if _ELISION.match(word):  # l'eau counts as "l" for French
            tokens.append(word.split("'")[0])
    scores = Counter()
    for token in tokens:
        for language, stop in STOP_WORDS.items():
            if token in stop:
                scores[language] += 1
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] < min_hits:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
