resource "aws_lambda_function" "r4_0" {
  name = "${local.name}-4-0"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 27389 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r4_1" {
  name = "${local.name}-4-1"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 68260 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r4_2" {
  name = "${local.name}-4-2"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 20145 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r4_3" {
  name = "${local.name}-4-3"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 98168 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r4_4" {
  name = "${local.name}-4-4"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 7605 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r4_5" {
  name = "${local.name}-4-5"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 34558 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r4_6" {
  name = "${local.name}-4-6"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 37387 for benchmarks; mentions 0.0.0.0/0 only in text"
}

