package com.projectflo.identity.application;

/** What a successful login or refresh returns: a bearer access token and its refresh token. */
public record TokenGrant(String accessToken, String refreshToken, long expiresInSeconds) {}
