from django.urls import path

from . import views

app_name = "imbalances"

urlpatterns = [
    path("", views.home, name="home"),
    path("imbalances/", views.cause_list, name="list"),
    path("imbalances/<slug:slug>/", views.cause_detail, name="detail"),
    path("when-to-see-a-doctor/", views.red_flags, name="red_flags"),
]
