resource "aws_s3_bucket" "r26_0" {
  name = "${local.name}-26-0"
  tags = merge(local.tags, { part = "26" })
  description = "generated resource 64126 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r26_1" {
  name = "${local.name}-26-1"
  tags = merge(local.tags, { part = "26" })
  description = "generated resource 65169 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r26_2" {
  name = "${local.name}-26-2"
  tags = merge(local.tags, { part = "26" })
  description = "generated resource 5556 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r26_3" {
  name = "${local.name}-26-3"
  tags = merge(local.tags, { part = "26" })
  description = "generated resource 6519 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r26_4" {
  name = "${local.name}-26-4"
  tags = merge(local.tags, { part = "26" })
  description = "generated resource 5515 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r26_5" {
  name = "${local.name}-26-5"
  tags = merge(local.tags, { part = "26" })
  description = "generated resource 9011 for benchmarks; mentions 0.0.0.0/0 only in text"
}

