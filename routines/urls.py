from django.urls import path

from routines import builder, copying, history, offline, player, reminders, sharing

app_name = "routines"

urlpatterns = [
    path("routine/", builder.builder, name="builder"),
    path("routine/add/", builder.add, name="add"),
    path("routine/load/", copying.load, name="load"),
    path("routine/rename/", builder.rename, name="rename"),
    path("routine/clear/", builder.clear, name="clear"),
    path("routine/steps/<int:pk>/remove/", builder.remove, name="remove"),
    path("routine/steps/<int:pk>/move/", builder.move, name="move"),
    path("routine/steps/<int:pk>/edit/", builder.edit, name="edit"),
    path("routine/follow/", player.follow, name="follow"),
    path("routine/history/", history.history, name="history"),
    path("routine/last-time/", history.last_time, name="last_time"),
    path("routine/print/", sharing.print_own, name="print"),
    path("routine/remind/", reminders.remind, name="remind"),
    path("routine/reminders.ics", reminders.own_calendar, name="reminders"),
    path("routine/runs/<int:pk>/finish/", player.finish, name="finish"),
    path("routine/runs/sync/", offline.sync, name="sync"),
    path("routine/offline-pages/", offline.own_pages, name="offline_pages"),
    path("r/<str:token>/", sharing.shared, name="shared"),
    path("r/<str:token>/follow/", player.follow_shared, name="follow_shared"),
    path("r/<str:token>/start/", player.start, name="start"),
    path("r/<str:token>/copy/", copying.copy, name="copy"),
    path("r/<str:token>/print/", sharing.print_shared, name="print_shared"),
    path("r/<str:token>/offline-pages/", offline.shared_pages, name="offline_pages_shared"),
    path("r/<str:token>/remind/", reminders.remind_shared, name="remind_shared"),
    path("r/<str:token>/reminders.ics", reminders.shared_calendar, name="reminders_shared"),
]
