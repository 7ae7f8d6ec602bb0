"""The Gradio app (``marsad ui``): thin views over ``agent``/``index``; gradio is imported only when it is built."""

__all__ = ["launch", "build_app"]


def launch(*args, **kwargs):
    """Build and serve the app (see :func:`marsad.ui.app.launch`)."""
    from marsad.ui.app import launch as _launch

    return _launch(*args, **kwargs)


def build_app(*args, **kwargs):
    """Build the app without serving it (see :func:`marsad.ui.app.build_app`)."""
    from marsad.ui.app import build_app as _build

    return _build(*args, **kwargs)
