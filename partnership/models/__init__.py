from .inlines import (
    FundingLine,
    PartnerNeed,
    ProgressUpdate,
    ProjectDocument,
    ProjectExternalId,
    ProjectMilestone,
    ProjectStatusChange,
)
from .pages import PartnerIndexPage, PartnerPage, ProjectIndexPage, ProjectPage

__all__ = [
    "FundingLine",
    "PartnerIndexPage",
    "PartnerNeed",
    "PartnerPage",
    "ProgressUpdate",
    "ProjectDocument",
    "ProjectExternalId",
    "ProjectIndexPage",
    "ProjectMilestone",
    "ProjectPage",
    "ProjectStatusChange",
]
