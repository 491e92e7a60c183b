from django.urls import path

from stretches import cards, views

app_name = "stretches"

urlpatterns = [
    path("", views.stretch_list, name="list"),
    path("<slug:slug>/", views.stretch_detail, name="detail"),
    path("<slug:slug>/video/", views.stretch_video, name="video"),
    path("<slug:slug>/card.png", cards.stretch_card, name="card"),
]
