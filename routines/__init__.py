"""Routines: a visitor's own list of stretches, built, shared and followed."""
