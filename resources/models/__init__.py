from .downloads import ResourceDownload
from .packs import ToolkitPack
from .pages import ResourceLibraryPage
from .snippets import Framework, Resource, ResourceFramework, ResourceQuerySet, ResourceTag

__all__ = [
    "Framework",
    "Resource",
    "ResourceDownload",
    "ResourceFramework",
    "ResourceLibraryPage",
    "ResourceQuerySet",
    "ResourceTag",
    "ToolkitPack",
]
