"""Answers for the dialogs GUI tests meet: questions are answered by monkeypatching, never by hanging."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def answer_questions(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    """Answer every QMessageBox.question with `answer`; the returned list collects the questions' texts."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked
