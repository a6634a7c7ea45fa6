"""The class quiz server (``quizgen serve``): a Starlette app over a SQLAlchemy store.

``app`` has the routes, ``store`` the tables and migrations, ``present`` what a student is shown.
"""
