"""Pass 69 (code69): offline extraction speed, the same records. Sentences written for these tests.

* ``roles_accusations._accusation_in`` tests its whole-sentence word lists (disputes, accusation cues) on the
  sentence's forms (``context.forms_of``): the answers of the window scan it replaced.
"""

from __future__ import annotations

from marsad.agent.offline.context import build_context, forms_of
from marsad.agent.offline.mentions import get_gazetteer
from marsad.agent.offline.roles_accusations import _ACCUSATION_CUES, _DISPUTES
from marsad.agent.offline.roles_cues import _has
from marsad.schemas import Document

_TEXT = (
    "اتهمت وزارة الداخلية جماعة مسلحة بالوقوف وراء التفجير الذي ضرب سوقا شعبيا في المدينة مساء أمس.\n"
    "ونفت الجماعة في بيان لها أي صلة لها بالهجوم، وقالت إن الاتهامات لا أساس لها.\n"
    "وحمّلت الحكومة التنظيم مسؤولية الاعتداء على الحاجز العسكري قرب الطريق الدولي.\n"
    "وافتتح المحافظ مدرسة جديدة في القرية المجاورة بحضور عدد من الأهالي.\n"
    "وفي سياق متصل، زعمت وسائل إعلام محلية أن الفصيل يقف وراء عمليات الاغتيال الأخيرة."
)


def test_accusation_lists_read_from_the_forms_give_the_window_answers():
    ctx = build_context(Document(doc_id="t-code69", text=_TEXT, published="2019-03-10"), get_gazetteer())
    assert len(ctx.sentences) == 5
    answers = []
    for s in ctx.sentences:
        words = s.words
        for vocab in (_DISPUTES, _ACCUSATION_CUES):
            scan = _has(words, 0, len(words), vocab)
            assert (not vocab.isdisjoint(forms_of(s))) == scan, (s.norm, scan)
            answers.append(scan)
    assert any(answers) and not all(answers)  # both answers are met
