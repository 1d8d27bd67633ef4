resource "aws_sqs_queue" "r5_0" {
  name = "${local.name}-5-0"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 41064 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r5_1" {
  name = "${local.name}-5-1"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 36609 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r5_2" {
  name = "${local.name}-5-2"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 3017 for benchmarks; mentions 0.0.0.0/0 only in text"
}

