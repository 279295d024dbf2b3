"""Launch the web interface: ``python app.py`` (same as ``assistant serve``)."""

from assistant.config import Settings


def main() -> None:
    """Build settings from the environment and serve the UI."""
    from assistant.ui.gradio_app import launch

    launch(Settings.from_env())


if __name__ == "__main__":
    main()
