resource "aws_dynamodb_table" "r25_0" {
  name = "${local.name}-25-0"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 77448 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r25_1" {
  name = "${local.name}-25-1"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 71497 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r25_2" {
  name = "${local.name}-25-2"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 59434 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r25_3" {
  name = "${local.name}-25-3"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 40173 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r25_4" {
  name = "${local.name}-25-4"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 36963 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r25_5" {
  name = "${local.name}-25-5"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 62202 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r25_6" {
  name = "${local.name}-25-6"
  tags = merge(local.tags, { part = "25" })
  description = "generated resource 75963 for benchmarks; mentions 0.0.0.0/0 only in text"
}

