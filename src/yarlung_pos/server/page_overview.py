"""The overview page ``/`` (issue #17)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from yarlung_pos.server.console import csrf_protect, office_user
from yarlung_pos.server.office_users import OfficeUser

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, who: Annotated[OfficeUser, Depends(office_user())]):
    """The overview: signed-in user (figures to come)."""
    return request.app.state.console.page("overview.html", request=request, active="/")
