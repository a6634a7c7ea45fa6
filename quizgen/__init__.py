"""quizgen: turn encyclopedia articles into quizzes a teacher can use the same day."""

__version__ = "0.1.0"
