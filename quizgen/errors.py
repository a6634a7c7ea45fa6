"""Errors a user can cause. The CLI prints them as one line, never as a traceback."""


class QuizgenError(Exception):
    """Base class for every error that is the user's input, not a bug."""


class InputError(QuizgenError):
    """An article could not be read: the message names the file and the reason."""

    def __init__(self, path, reason: str, line: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path} (line {line})" if line else self.path
        super().__init__(f"{where}: {reason}")


class BankError(QuizgenError):
    """A question bank does not match the published schema."""

    def __init__(self, path, problems: list[str]):
        self.path = str(path)
        self.problems = problems
        shown = "; ".join(problems[:5]) + (f"; ... {len(problems) - 5} more" if len(problems) > 5 else "")
        super().__init__(f"{self.path}: not a valid quizgen bank: {shown}")


class InputWarning(UserWarning):
    """Something in an input was repaired on reading; the CLI prints it as ``quizgen: warning:``."""
