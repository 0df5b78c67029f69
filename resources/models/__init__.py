from .downloads import ResourceDownload
from .files import ResourceFile
from .packs import ToolkitPack
from .pages import ResourceLibraryPage
from .snippets import Framework, Resource, ResourceFramework, ResourceQuerySet, ResourceTag

__all__ = [
    "Framework",
    "Resource",
    "ResourceDownload",
    "ResourceFile",
    "ResourceFramework",
    "ResourceLibraryPage",
    "ResourceQuerySet",
    "ResourceTag",
    "ToolkitPack",
]
