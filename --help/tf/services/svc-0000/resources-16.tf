resource "aws_lambda_function" "r16_0" {
  name = "${local.name}-16-0"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 78459 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r16_1" {
  name = "${local.name}-16-1"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 9322 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r16_2" {
  name = "${local.name}-16-2"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 11633 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r16_3" {
  name = "${local.name}-16-3"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 20854 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r16_4" {
  name = "${local.name}-16-4"
  tags = merge(local.tags, { part = "16" })
  description = "generated resource 44832 for benchmarks; mentions 0.0.0.0/0 only in text"
}

