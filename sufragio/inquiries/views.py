"""Simple pages over the letter pipeline (the full review desk comes later).

All pages need a login: letters carry personal data. Pages show the redacted text only.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sufragio.inquiries.jobs import receive_from_person
from sufragio.inquiries.models import Channel, Letter, Status

PAGE_SIZE = 50


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Archivo"), required=False)
    text = forms.CharField(
        label=gettext_lazy("O pegue el texto de la carta"),
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
    )

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("file") and not (data.get("text") or "").strip():
            raise forms.ValidationError(_("Elija un archivo o pegue el texto de la carta."))
        return data


@login_required
def letter_list(request: HttpRequest) -> HttpResponse:
    letters = Letter.objects.prefetch_related("triages").all()
    status = request.GET.get("estado", "")
    if status in Status.values:
        letters = letters.filter(status=status)
    page = Paginator(letters, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(
        request,
        "inquiries/list.html",
        {"page": page, "statuses": Status.choices, "status": status},
    )


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("file")
        if upload:
            data, name = upload.read(), upload.name
        else:
            data, name = form.cleaned_data["text"].encode("utf-8"), "carta.txt"
        intake = receive_from_person(data, filename=name, channel=Channel.UPLOAD, user=request.user)
        letter = intake.letter
        if intake.duplicate:
            messages.info(request, _("Esta carta ya se había recibido con el folio %s.") % letter)
        else:
            messages.success(request, _("Carta recibida con el folio %s.") % letter)
        return redirect("inquiries:detail", pk=letter.pk)
    return render(request, "inquiries/upload.html", {"form": form})


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    letter = get_object_or_404(Letter, pk=pk)
    return render(
        request,
        "inquiries/detail.html",
        {"letter": letter, "triage": letter.latest_triage(), "draft": letter.latest_draft()},
    )
