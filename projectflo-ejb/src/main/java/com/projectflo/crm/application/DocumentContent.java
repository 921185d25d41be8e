package com.projectflo.crm.application;

import com.projectflo.crm.model.Document;
import java.io.InputStream;

/** A document and its stored content, opened for reading (the caller closes it). */
public record DocumentContent(Document document, InputStream content) {}
