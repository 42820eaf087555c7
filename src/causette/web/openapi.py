"""The OpenAPI 3.1 description of the HTTP API, served at /openapi.json."""

from __future__ import annotations

from typing import Any

__all__ = ["OPENAPI"]

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "field": {"type": "string"},
            },
        }
    },
}

_USER = {
    "type": "object",
    "required": ["id", "pseudonym", "age", "gender", "department"],
    "properties": {
        "id": {"type": "string"},
        "pseudonym": {"type": "string"},
        "age": {"type": "integer"},
        "gender": {"type": "string", "enum": ["f", "m", "x"]},
        "department": {"type": ["string", "null"]},
    },
}

_ROOM = {
    "type": "object",
    "required": ["id", "name", "topic", "kind", "members"],
    "properties": {
        "id": {"type": "string"},
        "name": {"type": "string"},
        "topic": {"type": "string"},
        "kind": {"type": "string", "enum": ["general", "adult", "teen"]},
        "members": {"type": "integer", "minimum": 0},
        "official": {"type": "boolean"},
        "theme": {"type": "string"},
        "region": {"type": "string"},
    },
}


def _err(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_AUTH: list[dict[str, list[str]]] = [{"bearer": []}]

OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "Causette",
        "version": "1",
        "description": "Chat anonyme modéré. Le WebSocket /ws est décrit dans docs/protocol.md.",
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {"Error": _ERROR, "User": _USER, "Room": _ROOM},
    },
    "paths": {
        "/healthz": {
            "get": {
                "summary": "Liveness",
                "responses": {"200": _json({"type": "object"}, "The process runs")},
            }
        },
        "/readyz": {
            "get": {
                "summary": "Readiness: the database answers",
                "responses": {
                    "200": _json({"type": "object"}, "Ready"),
                    "503": _json({"type": "object"}, "Database unavailable"),
                },
            }
        },
        "/api/guests": {
            "post": {
                "summary": "Enter without signup",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["pseudonym", "age", "gender", "postal_code"],
                                "properties": {
                                    "pseudonym": {
                                        "type": "string",
                                        "minLength": 3,
                                        "maxLength": 20,
                                        "pattern": "^[A-Za-zÀ-ÖØ-öø-ÿ0-9_.-]{3,20}$",
                                    },
                                    "age": {"type": "integer", "minimum": 15, "maximum": 120},
                                    "gender": {"type": "string", "enum": ["f", "m", "x"]},
                                    "postal_code": {"type": "string", "pattern": "^[0-9]{5}$"},
                                    "device_id": {
                                        "type": ["string", "null"],
                                        "pattern": "^[A-Za-z0-9_-]{8,128}$",
                                    },
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "201": _json(
                        {
                            "type": "object",
                            "required": ["token", "user"],
                            "properties": {
                                "token": {"type": "string"},
                                "user": {"$ref": "#/components/schemas/User"},
                            },
                        },
                        "Session created",
                    ),
                    "409": _err("Pseudonym taken"),
                    "422": _err("Invalid input"),
                    "503": _err("Database unavailable"),
                },
            }
        },
        "/api/me": {
            "get": {
                "summary": "This session",
                "security": _AUTH,
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "required": ["user", "premium"],
                            "properties": {
                                "user": {"$ref": "#/components/schemas/User"},
                                "premium": {"type": "boolean"},
                            },
                        },
                        "The session",
                    ),
                    "401": _err("No valid session"),
                },
            }
        },
        "/api/session": {
            "delete": {
                "summary": "Leave: end the session",
                "security": _AUTH,
                "responses": {"204": {"description": "Ended"}, "401": _err("No valid session")},
            }
        },
        "/api/photos": {
            "post": {
                "summary": "Upload a photo for a room (?room=ID) or a private message (?to=USER)",
                "security": _AUTH,
                "parameters": [
                    {"name": "room", "in": "query", "schema": {"type": "string"}},
                    {"name": "to", "in": "query", "schema": {"type": "string"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
                        "image/png": {"schema": {"type": "string", "format": "binary"}},
                    },
                },
                "responses": {
                    "201": _json({"type": "object", "required": ["photo"]}, "Checked, ready"),
                    "202": _json({"type": "object", "required": ["photo"]}, "Held for review"),
                    "401": _err("No valid session"),
                    "403": _err("Refused"),
                    "404": _err("Unknown room or user"),
                    "413": _err("Too large"),
                    "415": _err("Unsupported format"),
                    "422": _err("Invalid image"),
                    "429": _err("Too many uploads"),
                    "503": _err("Photo checks unavailable or busy"),
                },
            }
        },
        "/media/{id}": {
            "get": {
                "summary": "A checked photo, to the people allowed to see it",
                "security": _AUTH,
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {"description": "The cleaned image"},
                    "401": _err("No valid session"),
                    "404": _err("Unknown, expired or not for you"),
                },
            }
        },
        "/api/rooms": {
            "get": {
                "summary": "Rooms this session may join",
                "security": _AUTH,
                "responses": {
                    "200": _json(
                        {"type": "array", "items": {"$ref": "#/components/schemas/Room"}}, "Rooms"
                    ),
                    "401": _err("No valid session"),
                },
            },
            "post": {
                "summary": "Create a room",
                "security": _AUTH,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string", "minLength": 3, "maxLength": 40},
                                    "topic": {"type": "string", "maxLength": 200},
                                    "adult": {"type": "boolean"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "201": _json({"$ref": "#/components/schemas/Room"}, "Created"),
                    "401": _err("No valid session"),
                    "403": _err("Not allowed for this age band"),
                    "409": _err("Name taken"),
                    "422": _err("Invalid input or refused by moderation"),
                },
            },
        },
    },
}
